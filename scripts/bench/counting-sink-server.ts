// The counting SMTP sink's own process (started by counting-sink.ts): accepts every message and counts it
// without parsing, so the sink costs little and what it does cost shows as this process's CPU, apart from
// the sender's. lib/testing/smtp-sink.ts parses every message for the tests to read, which would make the
// sink the bottleneck of a benchmark.
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import type { SinkReport, SinkRequest } from "./counting-sink";

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

function report(): SinkReport {
  const { user, system } = process.cpuUsage();
  return { accepted, bytes, cpuSeconds: (user + system) / 1e6, peakRssMb: process.resourceUsage().maxRSS / 1024 };
}

server.listen(0, "127.0.0.1", () => {
  process.send!({ port: (server.server.address() as AddressInfo).port, ...report() });
});
process.on("message", (request: SinkRequest) => {
  if (request === "report") process.send!(report());
});
// The parent going away (even killed) closes the IPC channel: nothing is left listening.
process.on("disconnect", () => process.exit(0));
