// Date formats the two feed standards require, always in UTC. An invalid date is a bug upstream: throw
// rather than write "Invalid Date" into a feed.

function valid(date: Date) {
  if (Number.isNaN(date.getTime())) throw new RangeError("Invalid date in a feed");
  return date;
}

/** RFC 3339 for Atom, e.g. 2025-03-04T05:06:07Z (whole seconds: readers need no more). */
export function rfc3339(date: Date) {
  return valid(date)
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z");
}

/** RFC 822 for RSS 2.0, e.g. Tue, 04 Mar 2025 05:06:07 GMT (four-digit year, as RFC 1123 amends). */
export function rfc822(date: Date) {
  return valid(date).toUTCString();
}
