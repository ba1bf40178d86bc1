// The one way Paperboy sends email. Templates are React components (emails/); this renders them to
// HTML and plain text and hands them to a transport chosen from the environment:
//   SMTP_URL set   → SMTP through nodemailer (production, and the browser tests' SMTP sink);
//   SMTP_URL unset → development only: stored in the database and shown at /dev/mailbox.
import "server-only";
import { Socket } from "node:net";
import { render } from "@react-email/render";
import nodemailer from "nodemailer";
import type { ReactElement } from "react";
import { db } from "@/lib/db";
import { dkim, env } from "@/lib/env";

export type Email = {
  to: string;
  subject: string;
  react: ReactElement;
  /** A plain-text part written for the purpose; without it, one is made from the HTML. */
  text?: string;
  headers?: Record<string, string>;
  /** Message-ID to use ("<id@host>"); a resent message with the same one is recognisably the same. */
  messageId?: string;
};

export class EmailNotConfiguredError extends Error {
  constructor() {
    super("SMTP_URL is not set, so Paperboy cannot send email. Set SMTP_URL (and MAIL_FROM) in production.");
  }
}

/**
 * Renders and sends one email. SMTP failures throw nodemailer's error, whose `responseCode` is the
 * server's reply (4xx: try again later; 5xx: refused for good).
 */
export async function sendEmail({ to, subject, react, text, headers, messageId }: Email): Promise<{ id: string }> {
  const [html, plainText] = await Promise.all([render(react), text ?? render(react, { plainText: true })]);
  const message = { from: env.MAIL_FROM, to, subject, html, text: plainText, headers, messageId };

  if (env.SMTP_URL) {
    const info = await smtp(env.SMTP_URL).sendMail(message);
    return { id: info.messageId };
  }
  if (env.NODE_ENV === "production") throw new EmailNotConfiguredError();
  const stored = await db.devEmail.create({
    data: { to, from: env.MAIL_FROM, subject, html, text: plainText },
    select: { id: true },
  });
  console.info(`[email] ${subject} → ${to}: open ${env.APP_URL}/dev/mailbox to read it`);
  return stored;
}

const DKIM_SIGNED_HEADERS = [
  "From",
  "Sender",
  "Reply-To",
  "Subject",
  "Date",
  "Message-ID",
  "To",
  "Cc",
  "MIME-Version",
  "Content-Type",
  "Content-Transfer-Encoding",
  "In-Reply-To",
  "References",
  "List-Id",
  "List-Unsubscribe",
  "List-Unsubscribe-Post",
].join(":");

const cache = globalThis as unknown as { paperboySmtp?: { url: string; transport: nodemailer.Transporter } };

/** One pooled transport per SMTP_URL, reused across requests. */
function smtp(url: string) {
  if (cache.paperboySmtp?.url !== url) {
    const secure = url.startsWith("smtps:");
    const transport = nodemailer.createTransport({
      url,
      pool: true,
      // DKIM_* set: sign every message. The list headers are signed too (RFC 8058 asks for
      // List-Unsubscribe-Post to be covered, which nodemailer's default list leaves out).
      ...(dkim ? { dkim: { ...dkim, headerFieldNames: DKIM_SIGNED_HEADERS } } : {}),
      // Without TCP_NODELAY each message stalls ~45 ms on Nagle's algorithm meeting delayed ACKs.
      // (smtps keeps nodemailer's own TLS socket.)
      ...(secure
        ? {}
        : {
            getSocket: (_options: unknown, callback: (error: Error | null, socket: { socket: Socket }) => void) => {
              const socket = new Socket();
              socket.setNoDelay(true);
              callback(null, { socket });
            },
          }),
    } as nodemailer.TransportOptions);
    cache.paperboySmtp = { url, transport };
  }
  return cache.paperboySmtp.transport;
}
