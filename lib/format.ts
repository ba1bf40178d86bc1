// Display formatting shared by pages, feeds and emails. Dates are shown in UTC, as arXiv dates them.
const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

export function formatDate(date: Date) {
  return dateFormat.format(date);
}

/** The date a reader cares about: publication when known, else when the paper reached Paperboy. */
export function paperDate(paper: { publishedAt: Date | null; createdAt: Date }) {
  return paper.publishedAt
    ? { label: "Published", date: paper.publishedAt }
    : { label: "Added", date: paper.createdAt };
}

const dateTimeFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  timeZone: "UTC",
  timeZoneName: "short",
});

export function formatDateTime(date: Date) {
  return dateTimeFormat.format(date);
}

/** "1 minute", "10 minutes". */
export function formatMinutes(minutes: number) {
  return minutes === 1 ? "1 minute" : `${minutes} minutes`;
}
