// Against real SMTP servers without STARTTLS (as a misconfigured relay, or one whose offer an attacker on the
// path stripped, looks): the message must not leave in the clear unless the server is on this machine.
import type { AddressInfo } from "node:net";
import { networkInterfaces } from "node:os";
import { SMTPServer } from "smtp-server";
import { afterAll, describe, expect, it } from "vitest";
import { createSmtpTransport } from "@/lib/email";

const received: string[] = [];

async function plainServer(host: string) {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      received.push(host);
      stream.resume().on("end", () => callback());
    },
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return { server, port: (server.server.address() as AddressInfo).port };
}

const servers: SMTPServer[] = [];
afterAll(() => Promise.all(servers.map((s) => new Promise((resolve) => s.close(() => resolve(null))))));

async function send(host: string) {
  const { server, port } = await plainServer(host);
  servers.push(server);
  const transport = createSmtpTransport(`smtp://${host}:${port}`);
  try {
    return await transport.sendMail({ from: "a@example.com", to: "b@example.com", subject: "link", text: "secret" });
  } finally {
    transport.close();
  }
}

// This machine's own address on its network: another host, as far as the sender can tell.
const external = Object.values(networkInterfaces())
  .flat()
  .find((i) => i && i.family === "IPv4" && !i.internal)?.address;

describe("plain smtp://", () => {
  it("sends to a server on this machine", async () => {
    await send("127.0.0.1");
    expect(received).toContain("127.0.0.1");
  });

  it.runIf(external)("refuses to send to another machine that offers no STARTTLS", async () => {
    await expect(send(external!)).rejects.toThrow(/STARTTLS/i);
    expect(received).not.toContain(external);
  });
});
