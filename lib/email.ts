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
import { env } from "@/lib/env";

export type Email = {
  to: string;
  subject: string;
  react: ReactElement;
  headers?: Record<string, string>;
};

export class EmailNotConfiguredError extends Error {
  constructor() {
    super("SMTP_URL is not set, so Paperboy cannot send email. Set SMTP_URL (and MAIL_FROM) in production.");
  }
}

export async function sendEmail({ to, subject, react, headers }: Email): Promise<{ id: string }> {
  const [html, text] = await Promise.all([render(react), render(react, { plainText: true })]);
  const message = { from: env.MAIL_FROM, to, subject, html, text, headers };

  if (env.SMTP_URL) {
    const info = await smtp(env.SMTP_URL).sendMail(message);
    return { id: info.messageId };
  }
  if (env.NODE_ENV === "production") throw new EmailNotConfiguredError();
  const stored = await db.devEmail.create({
    data: { to, from: env.MAIL_FROM, subject, html, text },
    select: { id: true },
  });
  console.info(`[email] ${subject} → ${to}: open ${env.APP_URL}/dev/mailbox to read it`);
  return stored;
}

const cache = globalThis as unknown as { paperboySmtp?: { url: string; transport: nodemailer.Transporter } };

/** One pooled transport per SMTP_URL, reused across requests. */
function smtp(url: string) {
  if (cache.paperboySmtp?.url !== url) {
    const secure = url.startsWith("smtps:");
    const transport = nodemailer.createTransport({
      url,
      pool: true,
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
