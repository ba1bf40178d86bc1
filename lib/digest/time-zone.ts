// Readers' time zones: IANA names as browsers report them (Intl), checked before they are stored, since
// the scheduler converts every reader's clock with them (lib/digest/schedule.ts).

/** Assumed until the browser tells us better. */
export const DEFAULT_TIME_ZONE = "UTC";

/** The zone's canonical spelling if this runtime knows it ("europe/paris" → "Europe/Paris"), else null. */
export function canonicalTimeZone(name: string): string | null {
  if (name.length === 0 || name.length > 64 || !/^[A-Za-z0-9_+\-/]+$/.test(name)) return null;
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** Every zone a reader can pick, UTC first; `current` is kept even if this runtime lists it differently. */
export function timeZoneChoices(current?: string | null): string[] {
  const zones = new Set([DEFAULT_TIME_ZONE, ...Intl.supportedValuesOf("timeZone")]);
  if (current) zones.add(current);
  return [...zones];
}

/** "UTC+5:30" for a zone at a moment (daylight saving time included). */
export function utcOffsetLabel(timeZone: string, at: Date = new Date()): string {
  const part = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "shortOffset" })
    .formatToParts(at)
    .find((p) => p.type === "timeZoneName")?.value;
  return !part || part === "GMT" ? "UTC" : part.replace("GMT", "UTC");
}
