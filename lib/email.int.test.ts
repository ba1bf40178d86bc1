// DKIM: with DKIM_* set, mail leaves signed, and the signature covers the digest's list headers (RFC 8058
// wants List-Unsubscribe and List-Unsubscribe-Post signed, or Gmail and Yahoo ignore one-click). Checked by
// a real verifier (mailauth) against the public key as DNS would publish it, on the message as an SMTP
// server received it.
import { generateKeyPairSync } from "node:crypto";
import { dkimVerify } from "mailauth/lib/dkim/verify";
import { afterAll, describe, expect, it } from "vitest";
import { startSmtpSink } from "@/lib/testing/smtp-sink";

const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
const sink = await startSmtpSink();
Object.assign(process.env, {
  SMTP_URL: sink.url,
  MAIL_FROM: "Paperboy <digest@paperboy.example>",
  APP_URL: "https://paperboy.example",
  DKIM_DOMAIN: "paperboy.example",
  DKIM_SELECTOR: "pb2026",
  // As a one-line env file holds it.
  DKIM_PRIVATE_KEY: privateKey.export({ type: "pkcs8", format: "pem" }).toString().replaceAll("\n", "\\n"),
});
const { default: DigestEmail } = await import("@/emails/digest");
const { composeDigest } = await import("@/lib/digest/compose");
const { digestSite } = await import("@/lib/digest/site");
const { sendEmail } = await import("@/lib/email");

afterAll(() => sink.close());

const dnsKey = `v=DKIM1; k=rsa; p=${publicKey.export({ type: "spki", format: "der" }).toString("base64")}`;
const resolver = async (name: string, type: string) => {
  if (name === "pb2026._domainkey.paperboy.example" && type === "TXT") return [[dnsKey]];
  throw Object.assign(new Error(`no ${type} record for ${name}`), { code: "ENOTFOUND" });
};

describe("DKIM signing", () => {
  it("signs the digest, list headers included, so a receiver verifies it", async () => {
    const paper = {
      id: "abcdefghjkmn",
      title: "A paper",
      abstract: "Its abstract.",
      authors: ["Ada"],
      upvoteCount: 1,
      arxivId: null,
      pdfUrl: null,
      publishedAt: null,
      createdAt: new Date(),
    };
    const message = composeDigest({
      reader: { id: "reader1", timeZone: "UTC", frequency: "daily", weekday: 1, hour: 8 },
      localDate: new Date("2026-11-30"),
      picks: [{ paper, reasons: [] }],
      viewUrl: "https://paperboy.example/digests/x",
      site: digestSite(),
    });
    await sendEmail({
      to: "reader@example.com",
      subject: message.subject,
      react: DigestEmail(message.props),
      text: message.text,
      headers: message.headers,
    });
    const received = sink.messages.at(-1)!;
    const signature = received.headers["dkim-signature"]!;
    const signed = /\bh=([^;]+)/.exec(signature.replace(/\s+/g, ""))![1]!.toLowerCase().split(":");
    expect(signed).toEqual(expect.arrayContaining(["from", "subject", "list-unsubscribe", "list-unsubscribe-post"]));

    const { results } = await dkimVerify(received.raw, { resolver });
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ signingDomain: "paperboy.example", selector: "pb2026" });
    expect(results[0]!.status.result).toBe("pass");

    // A header changed in transit breaks it.
    const tampered = received.raw.replace(
      "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
      "List-Unsubscribe-Post: no",
    );
    expect(tampered).not.toBe(received.raw);
    expect((await dkimVerify(tampered, { resolver })).results[0]!.status.result).toBe("fail");
  });
});
