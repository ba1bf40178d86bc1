// Reads what the SMTP sink received (lib/testing/smtp-sink.ts), like a person checking their inbox.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { expect } from "@playwright/test";
import type { SinkMessage } from "@/lib/testing/smtp-sink";

const dir = () => {
  const value = process.env.E2E_MAIL_DIR;
  if (!value) throw new Error("E2E_MAIL_DIR is not set: run the browser tests through npm test");
  return value;
};

export async function messagesTo(address: string): Promise<SinkMessage[]> {
  const files = (await readdir(dir())).filter((f) => f.endsWith(".json")).sort();
  const messages = await Promise.all(
    files.map(async (f) => JSON.parse(await readFile(path.join(dir(), f), "utf8")) as SinkMessage),
  );
  return messages.filter((m) => m.to.some((to) => to.toLowerCase() === address.toLowerCase()));
}

/** Waits for the `count`-th message to `address` and returns it. */
export async function waitForMessage(address: string, count = 1): Promise<SinkMessage> {
  await expect.poll(async () => (await messagesTo(address)).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(count);
  return (await messagesTo(address))[count - 1]!;
}

/** The sign-in link in a message's plain-text version. */
export function signInLink(message: SinkMessage): string {
  const link = /https?:\/\/\S+\/auth\/confirm\?\S+/.exec(message.text)?.[0];
  if (!link) throw new Error(`no sign-in link in:\n${message.text}`);
  return link;
}
