// When digests fall due, on a simulated clock: the scheduler (lib/digest/schedule.ts) runs at each step
// against real PostgreSQL, and each reader's digest row must appear at their own local send hour — across
// time zones (a half-hour one and one past UTC+12), daylight saving changes and weekly schedules. No mail is
// sent. Expected local times come from Intl, never from the scheduler's SQL.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { type JobQueue, openJobQueue } from "@/lib/digest/queue";
import { enqueueDueDigests } from "@/lib/digest/schedule";
import { createReader } from "@/lib/testing/readers";

let queue: JobQueue;
beforeAll(async () => {
  queue = await openJobQueue(process.env.DATABASE_URL!);
});
// A test's readers are subscribed only while it runs, so later clocks neither see them nor slow down.
afterEach(() => db.user.updateMany({ data: { digestEnabled: false } }));
afterAll(() => queue.close());

const ISO_WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const clockFormats = new Map<string, Intl.DateTimeFormat>();

/** A wall clock in the zone: local date, minutes since local midnight and ISO weekday (1 = Monday). */
function wallClock(at: Date, timeZone: string) {
  let format = clockFormats.get(timeZone);
  if (!format) {
    const fields = { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" } as const;
    format = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", weekday: "short", ...fields });
    clockFormats.set(timeZone, format);
  }
  const part = Object.fromEntries(format.formatToParts(at).map((p) => [p.type, p.value]));
  return {
    date: `${part.year}-${part.month}-${part.day}`,
    minutes: Number(part.hour) * 60 + Number(part.minute),
    weekday: ISO_WEEKDAYS.indexOf(part.weekday!) + 1,
  };
}

/** Instants from `from` (included) to `to` (excluded), `minutes` apart. */
function clock(from: string, to: string, minutes: number) {
  const steps: Date[] = [];
  for (let t = Date.parse(from); t < Date.parse(to); t += minutes * 60_000) steps.push(new Date(t));
  return steps;
}

/** The first step at or after `hour`:00 on `date` of the zone's wall clock. */
const firstStepFrom = (steps: Date[], timeZone: string, date: string, hour: number) =>
  steps.find((at) => {
    const local = wallClock(at, timeZone);
    return local.date === date && local.minutes >= hour * 60;
  });

/** The local dates on which the clock reaches `hour`:00 in the zone. */
const datesReaching = (steps: Date[], timeZone: string, hour: number) => [
  ...new Set(
    steps
      .map((at) => wallClock(at, timeZone))
      .filter((local) => local.minutes >= hour * 60)
      .map((local) => local.date),
  ),
];

type Reader = { id: string; timeZone: string; hour: number; frequency?: "daily" | "weekly"; weekday?: number };
type Appearance = { userId: string; localDate: string; at: string };

const addReaders = (specs: Omit<Reader, "id">[]): Promise<Reader[]> =>
  Promise.all(specs.map(async (spec) => ({ ...spec, id: (await createReader(db, spec)).id })));

const digestRows = async (readers: Reader[]) =>
  (
    await db.digest.findMany({
      where: { userId: { in: readers.map((r) => r.id) } },
      select: { id: true, userId: true, localDate: true },
    })
  ).map((row) => ({ id: row.id, userId: row.userId, localDate: row.localDate.toISOString().slice(0, 10) }));

/** Runs the scheduler at each step in turn and notes at which step each of these readers' rows appeared. */
async function runClock(steps: Date[], readers: Reader[], beforeStep?: (now: Date) => Promise<void>) {
  const seen = new Set((await digestRows(readers)).map((row) => row.id));
  const appeared: Appearance[] = [];
  for (const now of steps) {
    await beforeStep?.(now);
    const { enqueued } = await enqueueDueDigests(queue, { now });
    if (enqueued === 0) continue;
    for (const { id, ...row } of await digestRows(readers)) {
      if (!seen.has(id)) appeared.push({ ...row, at: now.toISOString() });
      seen.add(id);
    }
  }
  return appeared;
}

/** A daily reader gets one row per local date that reaches their hour, at the first step from it. */
function expectDailyRows(appeared: Appearance[], steps: Date[], reader: Reader) {
  const expected = datesReaching(steps, reader.timeZone, reader.hour).map((localDate) => ({
    userId: reader.id,
    localDate,
    at: firstStepFrom(steps, reader.timeZone, localDate, reader.hour)!.toISOString(),
  }));
  expect(
    appeared.filter((a) => a.userId === reader.id),
    `${reader.timeZone} at ${reader.hour}:00`,
  ).toEqual(expected);
}

describe("daily digests across time zones", () => {
  it("reach each reader at 08:xx on their own clock, once per local date, in UTC−8, UTC+0, UTC+5:30 and UTC+13", async () => {
    const zones = ["America/Los_Angeles", "UTC", "Europe/London", "Asia/Kolkata", "Pacific/Tongatapu"];
    const readers = await addReaders(zones.map((timeZone) => ({ timeZone, hour: 8 })));
    // Two days of a winter week (Los Angeles on −8, London on +0), every 30 minutes.
    const steps = clock("2026-01-12T00:00:00Z", "2026-01-14T00:30:00Z", 30);
    const appeared = await runClock(steps, readers);

    for (const reader of readers) expectDailyRows(appeared, steps, reader);
    for (const { userId, localDate, at } of appeared) {
      const local = wallClock(new Date(at), readers.find((r) => r.id === userId)!.timeZone);
      expect(local.date).toBe(localDate);
      // Already past 08:00 when the clock starts (16:00 in Los Angeles, 13:00 in Tonga): that day's
      // digest is caught up at once. Every other one goes in the 08:xx hour.
      if (at !== steps[0]!.toISOString()) expect(Math.floor(local.minutes / 60)).toBe(8);
    }
    const rowsOf = (zone: string) => appeared.filter((a) => a.userId === readers[zones.indexOf(zone)]!.id);
    expect(rowsOf("America/Los_Angeles").map((a) => a.localDate)).toEqual(["2026-01-11", "2026-01-12", "2026-01-13"]);
    expect(rowsOf("Asia/Kolkata").map((a) => a.at)).toEqual(["2026-01-12T02:30:00.000Z", "2026-01-13T02:30:00.000Z"]);
    expect(rowsOf("Pacific/Tongatapu").map((a) => a.at)).toEqual([
      "2026-01-12T00:00:00.000Z",
      "2026-01-12T19:00:00.000Z",
      "2026-01-13T19:00:00.000Z",
    ]);
  });
});

// The clock changes of 2026: when the readers of the odd hour and of 08:00 get that day's digest, worked out
// by hand; `days` runs from local midnight the day before to local midnight the day after (in UTC), `night`
// from local midnight to 10:00 on the day.
const SPRING_FORWARD = [
  {
    name: "Los Angeles springs forward on 8 March (02:00 never happens)",
    timeZone: "America/Los_Angeles",
    days: ["2026-03-07T08:00:00Z", "2026-03-10T07:00:00Z"],
    night: ["2026-03-08T08:00:00Z", "2026-03-08T17:00:00Z"],
    sends: { 2: "2026-03-08T10:00:00.000Z", 8: "2026-03-08T15:00:00.000Z" }, // 03:00 PDT, 08:00 PDT
  },
  {
    name: "London springs forward on 29 March (01:00 never happens)",
    timeZone: "Europe/London",
    days: ["2026-03-28T00:00:00Z", "2026-03-30T23:00:00Z"],
    night: ["2026-03-29T00:00:00Z", "2026-03-29T09:00:00Z"],
    sends: { 1: "2026-03-29T01:00:00.000Z", 8: "2026-03-29T07:00:00.000Z" }, // 02:00 BST, 08:00 BST
  },
];
const FALL_BACK = [
  {
    name: "Los Angeles falls back on 1 November (01:00 happens twice)",
    timeZone: "America/Los_Angeles",
    days: ["2026-10-31T07:00:00Z", "2026-11-03T08:00:00Z"],
    night: ["2026-11-01T07:00:00Z", "2026-11-01T18:00:00Z"],
    sends: { 1: "2026-11-01T08:00:00.000Z", 8: "2026-11-01T16:00:00.000Z" }, // the first 01:00 (PDT), 08:00 PST
  },
  {
    name: "London falls back on 25 October (01:00 happens twice)",
    timeZone: "Europe/London",
    days: ["2026-10-23T23:00:00Z", "2026-10-27T00:00:00Z"],
    night: ["2026-10-24T23:00:00Z", "2026-10-25T10:00:00Z"],
    sends: { 1: "2026-10-25T00:00:00.000Z", 8: "2026-10-25T08:00:00.000Z" }, // the first 01:00 (BST), 08:00 GMT
  },
];
type ClockChange = (typeof SPRING_FORWARD)[number] | (typeof FALL_BACK)[number];
const sendHours = (change: ClockChange) => Object.keys(change.sends).map(Number);
const sendsAt = (change: ClockChange, hour: number) => (change.sends as Record<number, string>)[hour];

/** Each reader's one row on the day of the change came at the time worked out by hand. */
function expectClockChangeSends(appeared: Appearance[], readers: Reader[], change: ClockChange) {
  const day = wallClock(new Date(Object.values(change.sends)[0]!), change.timeZone).date;
  for (const reader of readers) {
    const onTheDay = appeared.filter((a) => a.userId === reader.id && a.localDate === day);
    expect(onTheDay.map((a) => a.at)).toEqual([sendsAt(change, reader.hour)]);
  }
}

describe("daily digests when the clocks change", () => {
  // Hourly through the three days (autumn's are on the fortnight's clock below); every 15 minutes through
  // the night of each change and that morning. (The rest of a day at 15 minutes shows nothing an hourly
  // clock does not, at four times the cost: every scheduler run reads pg_timezone_names, ~20 ms.)
  const cases = [
    ...SPRING_FORWARD.map((change) => ({ ...change, every: 60, window: change.days, endsAt: 0 })),
    ...[...SPRING_FORWARD, ...FALL_BACK].map((change) => ({ ...change, every: 15, window: change.night, endsAt: 600 })),
  ];
  it.each(cases)(
    "$name: each reader gets one digest a day, at the first $every-minute step from their hour",
    async (change) => {
      const [from, to] = change.window as [string, string];
      expect(wallClock(new Date(from), change.timeZone).minutes).toBe(0);
      expect(wallClock(new Date(to), change.timeZone).minutes).toBe(change.endsAt);
      const readers = await addReaders(sendHours(change).map((hour) => ({ timeZone: change.timeZone, hour })));
      const steps = clock(from, to, change.every);
      const appeared = await runClock(steps, readers);

      for (const reader of readers) expectDailyRows(appeared, steps, reader);
      expectClockChangeSends(appeared, readers, change);
      if (change.every === 60) expect(appeared).toHaveLength(readers.length * 3);
    },
  );
});

describe("an hourly clock over 15 days, 20 October – 4 November 2026", () => {
  const weekly = [
    { timeZone: "America/Los_Angeles", hour: 8, weekday: 3 },
    { timeZone: "UTC", hour: 8, weekday: 3 },
    { timeZone: "Asia/Kolkata", hour: 8, weekday: 3 },
    { timeZone: "Pacific/Tongatapu", hour: 8, weekday: 3 },
    { timeZone: "Pacific/Tongatapu", hour: 23, weekday: 7 }, // ISO Sunday is 7, not 0
    { timeZone: "America/Los_Angeles", hour: 1, weekday: 7 }, // Sunday 1 November: 01:00 twice
    { timeZone: "Europe/London", hour: 1, weekday: 7 }, // Sunday 25 October: 01:00 twice
    { timeZone: "America/Los_Angeles", hour: 0, weekday: 1 },
  ];
  const expectedWeeks = [
    ["2026-10-21", "2026-10-28"], // the clock stops at 04:00 on Wednesday 4 November in Los Angeles
    ["2026-10-21", "2026-10-28", "2026-11-04"],
    ["2026-10-21", "2026-10-28", "2026-11-04"],
    ["2026-10-21", "2026-10-28", "2026-11-04"], // the clock starts at 01:00 on Wednesday 21 October in Tonga
    ["2026-10-25", "2026-11-01"],
    ["2026-10-25", "2026-11-01"],
    ["2026-10-25", "2026-11-01"],
    ["2026-10-26", "2026-11-02"],
  ];
  // From Tuesday 12:00 UTC. At noon on Wednesday 21 October, after that day's digest, one reader moves to Thursdays.
  const steps = clock("2026-10-20T12:00:00Z", "2026-11-04T12:00:00Z", 60);
  const moveAt = "2026-10-21T12:00:00.000Z";
  let weeklyReaders: Reader[];
  let mover: Reader;
  let fallBackReaders: Reader[][];
  let appeared: Appearance[];

  beforeAll(async () => {
    weeklyReaders = await addReaders(weekly.map((spec) => ({ ...spec, frequency: "weekly" })));
    mover = (await addReaders([{ timeZone: "Europe/London", hour: 8, frequency: "weekly", weekday: 3 }]))[0]!;
    fallBackReaders = await Promise.all(
      FALL_BACK.map((change) => addReaders(sendHours(change).map((hour) => ({ timeZone: change.timeZone, hour })))),
    );
    appeared = await runClock(steps, [...weeklyReaders, mover, ...fallBackReaders.flat()], async (now) => {
      if (now.toISOString() === moveAt) await db.user.update({ where: { id: mover.id }, data: { digestWeekday: 4 } });
    });
  }, 60_000);

  it("weekly digests come on the reader's weekday at their hour: two or three, never two within 7 days", () => {
    weeklyReaders.forEach((reader, i) => {
      const mine = appeared.filter((a) => a.userId === reader.id);
      expect(
        mine.map((a) => a.localDate),
        `${reader.timeZone} on ${reader.weekday} at ${reader.hour}`,
      ).toEqual(expectedWeeks[i]);
      for (const { localDate, at } of mine) {
        expect(at).toBe(firstStepFrom(steps, reader.timeZone, localDate, reader.hour)!.toISOString());
        expect(wallClock(new Date(at), reader.timeZone).weekday).toBe(reader.weekday);
      }
    });
  });

  it("a weekly reader who moves their weekday waits a full week after their last digest", () => {
    // Not Thursday the 22nd, a day after the last one, but Thursday the 29th.
    expect(appeared.filter((a) => a.userId === mover.id).map((a) => [a.localDate, a.at])).toEqual([
      ["2026-10-21", "2026-10-21T07:00:00.000Z"],
      ["2026-10-29", "2026-10-29T08:00:00.000Z"],
    ]);
  });

  it.each(FALL_BACK.map((change, i) => ({ ...change, i })))(
    "$name: daily readers get one digest a day, at the first hourly step from their hour",
    (change) => {
      const readers = fallBackReaders[change.i]!;
      for (const reader of readers) expectDailyRows(appeared, steps, reader);
      expectClockChangeSends(appeared, readers, change);
      const [from, to] = change.days.map(Date.parse) as [number, number];
      expect(steps.filter((at) => +at >= from && +at < to)).toHaveLength(73); // the three days are on this clock
    },
  );
});

describe("scheduling runs that overlap", () => {
  const jobsOf = async (digestIds: string[]) =>
    (
      await queue.pool.query<{ id: string }>(
        "SELECT id::text FROM pgboss.job WHERE name = 'digest' AND id = ANY($1::uuid[])",
        [digestIds],
      )
    ).rows.map((job) => job.id);

  it("queue each reader's digest once, run twice at the same moment or on two connections at once", async () => {
    const zones = ["America/Los_Angeles", "UTC", "Asia/Kolkata", "Pacific/Tongatapu"];
    const readers = await addReaders(Array.from({ length: 16 }, (_, i) => ({ timeZone: zones[i % 4]!, hour: 0 })));
    const now = new Date("2026-02-02T12:00:00Z");
    const first = await enqueueDueDigests(queue, { now });
    const again = await enqueueDueDigests(queue, { now });
    expect(first).toEqual({ due: 16, enqueued: 16 });
    expect(again).toEqual({ due: 0, enqueued: 0 });

    const other = await openJobQueue(process.env.DATABASE_URL!);
    const enqueued: number[] = [];
    try {
      for (let day = 3; day <= 8; day++) {
        const at = new Date(`2026-02-0${day}T12:00:00Z`);
        const [a, b] = await Promise.all([
          enqueueDueDigests(queue, { now: at }),
          enqueueDueDigests(other, { now: at }),
        ]);
        enqueued.push(a.enqueued + b.enqueued);
      }
    } finally {
      await other.close();
    }
    expect(enqueued).toEqual([16, 16, 16, 16, 16, 16]);
    const rows = await digestRows(readers);
    expect(rows).toHaveLength(16 * 7);
    // Every row has its job (the job's id is the row's), so none waits forever for a worker.
    expect((await jobsOf(rows.map((r) => r.id))).sort()).toEqual(rows.map((r) => r.id).sort());
  });
});

describe("a time zone PostgreSQL does not know", () => {
  it("is scheduled as UTC (as is a reader whose zone is not known yet), and the others as usual", async () => {
    const readers = await addReaders(
      ["UTC", "UTC", "America/Los_Angeles", "Asia/Kolkata"].map((timeZone) => ({ timeZone, hour: 8 })),
    );
    const [martian, unknown] = readers;
    // Written by hand, past the app's check (lib/digest/time-zone.ts), as an old or imported row might be.
    await db.$executeRaw`UPDATE users SET time_zone = 'Mars/Olympus' WHERE id = ${martian!.id}`;
    await db.$executeRaw`UPDATE users SET time_zone = NULL WHERE id = ${unknown!.id}`;
    // Converting with it fails outright: the scheduler must not let one reader stop everyone's digest.
    await expect(db.$queryRaw`SELECT now() AT TIME ZONE 'Mars/Olympus'`).rejects.toThrow(/Mars\/Olympus/);

    const steps = clock("2026-02-10T00:00:00Z", "2026-02-11T00:00:00Z", 60);
    const appeared = await runClock(steps, readers);
    for (const reader of readers) expectDailyRows(appeared, steps, reader); // the first two in UTC
    expect(appeared.find((a) => a.userId === martian!.id)?.at).toBe("2026-02-10T08:00:00.000Z");
  });
});
