// A fast SMTP sink for the digest benchmark, in a child process of its own (counting-sink-server.ts):
// the raw nodemailer baseline and the app both send to it, and report() says how many messages it has
// accepted and how much CPU it has used so far, so its share of a run is known rather than guessed.
import { type ChildProcess, fork } from "node:child_process";
import path from "node:path";
import { PROJECT_DIR } from "@/lib/database/provision";

export type SinkRequest = "report";
export type SinkReport = { accepted: number; bytes: number; cpuSeconds: number; peakRssMb: number };
export type CountingSink = {
  url: string;
  pid: number;
  report: () => Promise<SinkReport>;
  /** Resolves once `count` messages in all have been accepted (polling every 50 ms). */
  waitFor: (count: number, timeoutMs: number) => Promise<SinkReport>;
  close: () => Promise<void>;
};

const SERVER = path.join(PROJECT_DIR, "scripts", "bench", "counting-sink-server.ts");

const nextMessage = <T>(child: ChildProcess) =>
  new Promise<T>((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`the SMTP sink exited (code ${code})`));
    child.once("exit", onExit);
    child.once("message", (message) => {
      child.off("exit", onExit);
      resolve(message as T);
    });
  });

export async function startCountingSink(): Promise<CountingSink> {
  const child = fork(SERVER, [], { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const { port } = await nextMessage<SinkReport & { port: number }>(child);
  // One request at a time, so each answer belongs to its question.
  let queue: Promise<unknown> = Promise.resolve();
  const report = () => {
    const answer = queue.then(() => {
      const next = nextMessage<SinkReport>(child);
      child.send("report" satisfies SinkRequest);
      return next;
    });
    queue = answer.catch(() => {});
    return answer;
  };
  const waitFor = async (count: number, timeoutMs: number) => {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const now = await report();
      if (now.accepted >= count) return now;
      if (performance.now() > deadline) throw new Error(`the SMTP sink has ${now.accepted} of ${count} messages`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const close = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.disconnect();
    await exited;
  };
  return { url: `smtp://127.0.0.1:${port}`, pid: child.pid!, report, waitFor, close };
}
