// A real SMTP server for tests: the app sends through SMTP_URL to it with its own nodemailer transport,
// MIME encoding and all. Each message it accepts is kept in `messages` and, given a folder, also written
// there as JSON (the browser tests read it back: e2e/mailbox.ts).
//
// Like a mail provider's test mailboxes, the recipient's address chooses the answer:
//   …+tempfail…@  451 (try again later) to the first attempt, then accepted;
//   …+bounce…@    550 (no such mailbox), always;
//   anything else accepted.
// Given `delayMs`, it keeps each message, then waits that long before answering 250: a sender stopped in
// that window has delivered without hearing so (the worst moment for a worker to die).
import { randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type SinkMessage = {
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  /** Header names in lower case; a header given more than once keeps its last value. */
  headers: Record<string, string>;
  /** The message as it arrived, for checks such as DKIM. */
  raw: string;
  receivedAt: string;
};

export type SmtpSink = { port: number; url: string; messages: SinkMessage[]; close: () => Promise<void> };

type SinkOptions = {
  port?: number;
  dir?: string;
  onMessage?: (message: SinkMessage) => void;
  /** How long to hold the 250 after a message is kept (default 0: answer at once). */
  delayMs?: number;
};

const smtpError = (code: number, text: string) => Object.assign(new Error(text), { responseCode: code });

export async function startSmtpSink({ port = 0, dir, onMessage, delayMs = 0 }: SinkOptions = {}): Promise<SmtpSink> {
  if (dir) await mkdir(dir, { recursive: true });
  const messages: SinkMessage[] = [];
  const deferred = new Set<string>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo({ address }, _session, callback) {
      const local = address.split("@")[0] ?? "";
      if (local.includes("+bounce")) return callback(smtpError(550, "5.1.1 No such mailbox here"));
      if (local.includes("+tempfail") && !deferred.has(address.toLowerCase())) {
        deferred.add(address.toLowerCase());
        return callback(smtpError(451, "4.3.0 Mailbox busy, try again later"));
      }
      callback();
    },
    async onData(stream, session, callback) {
      try {
        const chunks: Buffer[] = [];
        for await (const chunk of stream) chunks.push(chunk as Buffer);
        const raw = Buffer.concat(chunks).toString("utf8");
        const mail = await simpleParser(raw);
        const message: SinkMessage = {
          to: session.envelope.rcptTo.map((r) => r.address),
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          subject: mail.subject ?? "",
          text: mail.text ?? "",
          html: typeof mail.html === "string" ? mail.html : "",
          headers: Object.fromEntries(
            mail.headerLines.map(({ key, line }) => [
              key,
              line
                .slice(line.indexOf(":") + 1)
                .replace(/\r?\n[ \t]+/g, " ")
                .trim(),
            ]),
          ),
          raw,
          receivedAt: new Date().toISOString(),
        };
        messages.push(message);
        onMessage?.(message);
        if (dir) {
          const name = `${Date.now()}-${randomBytes(4).toString("hex")}.json`;
          await writeFile(path.join(dir, name), JSON.stringify(message));
        }
        if (delayMs > 0) await sleep(delayMs);
        callback();
      } catch (error) {
        callback(error as Error);
      }
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  // A sender that dies mid-message (a killed worker) resets its connection: its problem, not the sink's.
  server.on("error", () => {});
  const actualPort = (server.server.address() as AddressInfo).port;
  return {
    port: actualPort,
    url: `smtp://127.0.0.1:${actualPort}`,
    messages,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
