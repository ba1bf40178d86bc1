// `npm run worker` as a real child process, against real PostgreSQL and a real SMTP server that holds each
// 250 for a moment: killed mid-run, the next run sends only the rest and nobody gets two; stopped with
// SIGTERM, it finishes the digests in hand and exits cleanly.
import { spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type SinkMessage, startSmtpSink } from "@/lib/testing/smtp-sink";

let onMessage: (message: SinkMessage) => void = () => {};
// Each message is kept, then its 250 waits 300 ms: a worker stopped then has delivered without knowing it.
const sink = await startSmtpSink({ delayMs: 300, onMessage: (message) => onMessage(message) });
process.env.SMTP_URL = sink.url;
process.env.APP_URL = "https://paperboy.example";

const { db } = await import("@/lib/db");
const { PROJECT_DIR } = await import("@/lib/database/provision");
const { openJobQueue } = await import("@/lib/digest/queue");
const { DIGEST_CONCURRENCY, runDigests } = await import("@/lib/digest/run");
const { enqueueDueDigests } = await import("@/lib/digest/schedule");
const { createReader } = await import("@/lib/testing/readers");
const { seed } = await import("@/prisma/seed");

// Starting `npm run worker` (tsx compiling the app) takes seconds, many on a busy machine.
const TIMEOUT_MS = 90_000;
// Jobs of a dead worker come back after 2 s (and retry at once), so the next run can take them.
const jobOptions = { retryLimit: 3, retryDelaySeconds: 0, retryBackoff: false, expireInSeconds: 2 };
let queue: Awaited<ReturnType<typeof openJobQueue>>;
/** Process groups of the workers started: killed after each test, whatever is left of them. */
const groups = new Set<number>();

beforeAll(async () => {
  await seed(db);
  queue = await openJobQueue(process.env.DATABASE_URL!);
});
afterEach(() => {
  onMessage = () => {};
  for (const group of groups) signalGroup(group, "SIGKILL");
  groups.clear();
});
afterAll(async () => {
  await queue.close();
  await sink.close();
});

/** Signals a process, or a whole group given -id (0 only looks): false if there was none. */
function signal(pid: number, name: NodeJS.Signals | 0) {
  try {
    process.kill(pid, name);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ESRCH") return false;
    throw error;
  }
}
const signalGroup = (group: number, name: NodeJS.Signals | 0) => signal(-group, name);

/** Whether every process in the group has exited within `ms` (tsx's esbuild helper takes a moment). */
async function groupGone(group: number, ms: number) {
  const deadline = performance.now() + ms;
  while (signalGroup(group, 0)) {
    if (performance.now() > deadline) return false;
    await sleep(50);
  }
  return true;
}

function startWorker() {
  const child = spawn("npm", ["run", "--silent", "worker"], {
    cwd: PROJECT_DIR,
    env: {
      NODE_ENV: "production",
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DATABASE_URL: process.env.DATABASE_URL,
      SMTP_URL: sink.url,
      AUTH_SECRET: process.env.AUTH_SECRET,
      APP_URL: process.env.APP_URL,
    },
    // A process group of its own (npm, its shell, tsx and node), to signal as a whole.
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  groups.add(child.pid!);
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  return { pid: child.pid!, exited, output: () => output };
}
type Worker = ReturnType<typeof startWorker>;

/** Waits until the sink has kept `count` messages to these addresses, calling `then` in that same tick. */
function whenReceived(worker: Worker, addresses: Set<string>, count: number, then: () => void) {
  const enough = new Promise<void>((resolve) => {
    let received = 0;
    onMessage = (message) => {
      if (!message.to.some((to) => addresses.has(to)) || ++received !== count) return;
      then();
      resolve();
    };
  });
  const died = worker.exited.then((exit) => {
    throw new Error(`the worker exited (${JSON.stringify(exit)}) before ${count} messages:\n${worker.output()}`);
  });
  return Promise.race([enough, died]);
}

const received = (addresses: Set<string>) => sink.messages.filter((m) => m.to.some((to) => addresses.has(to)));
const countByAddress = (messages: SinkMessage[]) => {
  const counts = new Map<string, number>();
  for (const message of messages) for (const to of message.to) counts.set(to, (counts.get(to) ?? 0) + 1);
  return counts;
};

/** Readers due now, their digests queued (with the short expiry). */
async function queuedReaders(count: number) {
  // Weekly on today's weekday: due now, and not due again should the date turn mid-test.
  const weekday = ((new Date().getUTCDay() + 6) % 7) + 1;
  const readers = await Promise.all(
    Array.from({ length: count }, () => createReader(db, { size: 5, frequency: "weekly", weekday })),
  );
  expect(await enqueueDueDigests(queue, { jobOptions })).toMatchObject({ enqueued: count });
  return { readers, addresses: new Set(readers.map((r) => r.email!)) };
}

const digestsOf = (readers: { id: string }[]) =>
  db.digest.findMany({
    where: { userId: { in: readers.map((r) => r.id) } },
    select: { id: true, status: true, error: true, user: { select: { email: true } } },
  });

describe("a digest worker", () => {
  it(
    "killed after some sends: the next run sends only the rest, and nobody gets two",
    async () => {
      const { readers, addresses } = await queuedReaders(30);
      const worker = startWorker();
      // SIGKILL as the 10th message is kept and before its 250: the worst moment to die.
      await whenReceived(worker, addresses, 10, () => signalGroup(worker.pid, "SIGKILL"));
      expect(await worker.exited).toEqual({ code: null, signal: "SIGKILL" });
      expect(received(addresses).length).toBeLessThan(readers.length);

      await sleep(2_500); // the dead worker's jobs expire (and what it had already written has landed)
      const sentByWorker = (await digestsOf(readers)).filter((d) => d.status === "sent").length;
      const next = await runDigests(queue, { jobOptions });
      expect(next.sent).toBeGreaterThan(0);

      const perAddress = countByAddress(received(addresses));
      expect([...perAddress.values()].filter((n) => n > 1)).toEqual([]);
      const digests = await digestsOf(readers);
      // Caught mid-send (claimed; perhaps delivered): left alone rather than risk a second copy.
      const interrupted = digests.filter((d) => d.status === "sending");
      expect(interrupted.length).toBeGreaterThanOrEqual(1); // the 10th, at least: delivered, never marked sent
      expect(interrupted.length).toBeLessThanOrEqual(DIGEST_CONCURRENCY);
      for (const digest of digests) {
        const copies = perAddress.get(digest.user.email!) ?? 0;
        if (digest.status === "sending") expect(copies).toBeLessThanOrEqual(1);
        else expect({ status: digest.status, copies }).toEqual({ status: "sent", copies: 1 });
      }
      const undelivered = interrupted.filter((d) => !perAddress.has(d.user.email!)).length;
      expect(received(addresses)).toHaveLength(readers.length - undelivered);
      expect(next.sent).toBe(digests.filter((d) => d.status === "sent").length - sentByWorker);

      // Later runs never send the interrupted ones, not even once their lease is over and they are swept.
      await sleep(2_500);
      expect(await runDigests(queue, { jobOptions })).toMatchObject({ sent: 0 });
      const ids = interrupted.map((d) => d.id);
      await db.$executeRaw`
        UPDATE digests SET updated_at = now() - interval '16 minutes' WHERE id = ANY(${ids}::uuid[])`;
      expect(await runDigests(queue, { jobOptions })).toMatchObject({ sent: 0 });
      expect(received(addresses)).toHaveLength(readers.length - undelivered);
      const swept = await db.digest.findMany({ where: { id: { in: ids } }, select: { status: true, error: true } });
      expect(swept).toEqual(
        ids.map(() => ({ status: "failed", error: "Interrupted while sending: it may or may not have arrived." })),
      );
    },
    TIMEOUT_MS,
  );

  // npm must hand the signal on (its script uses exec), nothing may escalate to SIGKILL while a digest is
  // rendering, a second signal must not cut the shutdown short, and closed pools let the process exit.
  it.each([
    { to: "npm's process, as `kill <pid>`, docker stop or Kubernetes do", group: false },
    { to: "the whole process group, as systemd does (and Ctrl-C, with SIGINT)", group: true },
  ])(
    "stopped with SIGTERM to $to: finishes the digests in hand and exits cleanly",
    async ({ group }) => {
      const { readers, addresses } = await queuedReaders(20);
      const worker = startWorker();
      await whenReceived(worker, addresses, 3, () => signal(group ? -worker.pid : worker.pid, "SIGTERM"));
      const stopping = performance.now();
      expect(await worker.exited, worker.output()).toEqual({ code: 0, signal: null });
      expect(performance.now() - stopping).toBeLessThan(5_000);
      expect(worker.output()).toMatch(/\] stopped\n/);
      expect(await groupGone(worker.pid, 2_000), "a process of the worker outlived npm").toBe(true);

      const digests = await digestsOf(readers);
      expect(digests.filter((d) => d.status === "sending")).toEqual([]);
      // Everything it took went out, once, and is recorded as sent.
      const sent = digests.filter((d) => d.status === "sent");
      expect(sent.length).toBeGreaterThanOrEqual(3);
      expect(sent.map((d) => countByAddress(received(addresses)).get(d.user.email!))).toEqual(sent.map(() => 1));
      expect(received(addresses)).toHaveLength(sent.length);

      // The rest are still queued, and go with the next run.
      expect(await runDigests(queue, { jobOptions })).toMatchObject({ sent: readers.length - sent.length });
      expect((await digestsOf(readers)).map((d) => d.status)).toEqual(readers.map(() => "sent"));
      expect([...countByAddress(received(addresses)).values()]).toEqual(readers.map(() => 1));
    },
    TIMEOUT_MS,
  );
});
