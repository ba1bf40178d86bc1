// An open-loop load: one request every 1/rate seconds, on schedule whether or not earlier ones have
// answered (as independent readers arrive), over a keep-alive pool. autocannon's own rate limit lets
// each second's requests go at once, a burst that measures queueing behind the burst, so the steady
// rate is ours. Latency is from the scheduled send to the last byte.
import { Agent, request } from "node:http";
import { cpuMeter } from "./cpu";
import { type CpuSources, type LoadResult, summarize } from "./load";

type Paced = {
  url: string;
  headers: Record<string, string>;
  rate: number;
  seconds: number;
  verifyBody: (body: string) => boolean;
};

export async function runPaced(
  { url, headers, rate, seconds, verifyBody }: Paced,
  sources: CpuSources,
): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const samples: number[] = [];
  const counts = { non2xx: 0, errors: 0, mismatches: 0, bytes: 0 };
  const statusCodes: Record<string, number> = {};
  const meter = cpuMeter(sources.serverGroup, sources.postmaster);
  const one = (scheduled: number) =>
    new Promise<void>((resolve) => {
      const req = request(url, { agent, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const body = Buffer.concat(chunks).toString("utf8");
          const status = response.statusCode ?? 0;
          statusCodes[status] = (statusCodes[status] ?? 0) + 1;
          if (status < 200 || status > 299) counts.non2xx++;
          else if (!verifyBody(body)) counts.mismatches++;
          counts.bytes += body.length;
          samples.push(performance.now() - scheduled);
          resolve();
        });
      });
      req.on("error", () => {
        counts.errors++;
        resolve();
      });
      req.end();
    });
  const start = performance.now();
  const total = Math.round(rate * seconds);
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const scheduled = start + (i * 1000) / rate;
    const wait = scheduled - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    inFlight.push(one(scheduled));
  }
  await Promise.all(inFlight);
  const cpu = meter.stop();
  agent.destroy();
  return summarize(0, samples, counts.bytes, cpu, { ...counts, statusCodes });
}
