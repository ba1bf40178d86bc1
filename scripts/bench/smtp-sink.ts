// A fast SMTP sink for the digest benchmark, in a child process of its own (this file, forked): the raw
// nodemailer baseline and the app both send to it. It accepts every message and counts it without
// parsing, so it costs little, and report() says how many messages it has accepted and how much CPU it
// has used so far: its share of a run is known rather than guessed. lib/testing/smtp-sink.ts parses every
// message for the tests to read, which would make the sink the bottleneck of a benchmark.
import { type ChildProcess, fork } from "node:child_process";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { SMTPServer } from "smtp-server";

type SinkReport = { accepted: number; bytes: number; cpuSeconds: number; peakRssMb: number };
export type CountingSink = Awaited<ReturnType<typeof startCountingSink>>;

const CHILD_FLAG = "--counting-sink";

const nextMessage = <T>(child: ChildProcess) =>
  new Promise<T>((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`the SMTP sink exited (code ${code})`));
    child.once("exit", onExit);
    child.once("message", (message) => {
      child.off("exit", onExit);
      resolve(message as T);
    });
  });

export async function startCountingSink() {
  const child = fork(fileURLToPath(import.meta.url), [CHILD_FLAG], {
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const { port } = await nextMessage<SinkReport & { port: number }>(child);
  // One request at a time, so each answer belongs to its question.
  let queue: Promise<unknown> = Promise.resolve();
  const report = () => {
    const answer = queue.then(() => {
      const next = nextMessage<SinkReport>(child);
      child.send("report");
      return next;
    });
    queue = answer.catch(() => {});
    return answer;
  };
  return {
    url: `smtp://127.0.0.1:${port}`,
    report,
    /** Resolves once `count` messages in all have been accepted (polling every 50 ms). */
    async waitFor(count: number, timeoutMs: number) {
      const deadline = performance.now() + timeoutMs;
      for (;;) {
        const now = await report();
        if (now.accepted >= count) return now;
        if (performance.now() > deadline) throw new Error(`the SMTP sink has ${now.accepted} of ${count} messages`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async close() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.disconnect();
      await exited;
    },
  };
}

function serveSink() {
  let accepted = 0;
  let bytes = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    disableReverseLookup: true, // a DNS lookup per connection is a real server's business, not a sink's
    logger: false,
    onData(stream, _session, callback) {
      stream.on("data", (chunk: Buffer) => (bytes += chunk.length));
      stream.on("end", () => {
        accepted++;
        callback();
      });
    },
  });
  const report = (): SinkReport => {
    const { user, system } = process.cpuUsage();
    return { accepted, bytes, cpuSeconds: (user + system) / 1e6, peakRssMb: process.resourceUsage().maxRSS / 1024 };
  };
  server.listen(0, "127.0.0.1", () => {
    process.send!({ port: (server.server.address() as AddressInfo).port, ...report() });
  });
  process.on("message", (request) => {
    if (request === "report") process.send!(report());
  });
  // The parent going away (even killed) closes the IPC channel: nothing is left listening.
  process.on("disconnect", () => process.exit(0));
}

if (process.argv.includes(CHILD_FLAG)) serveSink();
