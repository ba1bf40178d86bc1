// The digest benchmark's baseline: what nodemailer alone can send to the same sink in the same run — the
// app's own pooled transport (lib/email.ts createSmtpTransport: pool, TCP_NODELAY, its maxConnections)
// sending one pre-rendered real digest, HTML, text and list headers, to every reader in turn. No SQL, no
// React: the most the digest path could reach with this transport.
import type { CountingSink } from "./counting-sink";
import { type CpuSplit, cpuMeter } from "./cpu";
import type { DigestApp } from "./digest-app";
import type { renderDigestsFor } from "./digest-stages";

/** Messages handed to the transport at once: more than its connections, so none ever waits for work. */
export const RAW_IN_FLIGHT = 32;

export type RawSendResult = {
  messages: number;
  seconds: number;
  perSecond: number;
  messageKb: number;
  /** CPU in cores: this process (the sender) as `harness`, the sink's process apart. */
  cpu: CpuSplit;
  sinkCores: number;
};

type Message = Awaited<ReturnType<typeof renderDigestsFor>>[number];

export async function rawSends(
  app: DigestApp,
  sink: CountingSink,
  message: Message,
  recipients: string[],
): Promise<RawSendResult> {
  const transport = app.createSmtpTransport(sink.url);
  try {
    const { from, subject, html, text, headers } = message;
    // A few sends first, so the pool's connections are open before the clock starts.
    await Promise.all(
      recipients.slice(0, RAW_IN_FLIGHT).map((to) => transport.sendMail({ from, to, subject, html, text, headers })),
    );
    const before = await sink.report();
    const meter = cpuMeter(null, null);
    let next = 0;
    await Promise.all(
      Array.from({ length: RAW_IN_FLIGHT }, async () => {
        while (next < recipients.length) {
          const to = recipients[next++]!;
          await transport.sendMail({ from, to, subject, html, text, headers });
        }
      }),
    );
    const cpu = meter.stop();
    const after = await sink.waitFor(before.accepted + recipients.length, 10_000);
    return {
      messages: recipients.length,
      seconds: cpu.seconds,
      perSecond: recipients.length / cpu.seconds,
      messageKb: (after.bytes - before.bytes) / recipients.length / 1000,
      cpu,
      sinkCores: (after.cpuSeconds - before.cpuSeconds) / cpu.seconds,
    };
  } finally {
    transport.close();
  }
}
