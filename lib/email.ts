// The one way Paperboy sends email. Templates are React components (emails/); this renders them to
// HTML and plain text and hands them to a transport chosen from the environment:
//   SMTP_URL set   → SMTP through nodemailer (production, and the browser tests' SMTP sink);
//   SMTP_URL unset → development only: stored in the database and shown at /dev/mailbox.
import "server-only";
import { type Socket, connect } from "node:net";
import { render } from "@react-email/render";
import nodemailer from "nodemailer";
import type { ReactElement } from "react";
import { db } from "@/lib/db";
import { dkim, env } from "@/lib/env";
import { smtpServerOptions } from "@/lib/smtp-server";

export type Email = {
  to: string;
  subject: string;
  headers?: Record<string, string>;
  /** Message-ID to use ("<id@host>"); a resent message with the same one is recognisably the same. */
  messageId?: string;
} & (
  | {
      /** The template, rendered here. */
      react: ReactElement;
      /** A plain-text part written for the purpose; without it, one is made from the HTML. */
      text?: string;
    }
  /** Rendered already, as the digest is (from cached parts: lib/digest/digest-html.tsx). */
  | { html: string; text: string }
);

export class EmailNotConfiguredError extends Error {
  constructor() {
    super("SMTP_URL is not set, so Paperboy cannot send email. Set SMTP_URL (and MAIL_FROM) in production.");
  }
}

/**
 * Renders and sends one email. SMTP failures throw nodemailer's error, whose `responseCode` is the
 * server's reply (4xx: try again later; 5xx: refused for good).
 */
export async function sendEmail(email: Email): Promise<{ id: string }> {
  const { to, subject, headers, messageId } = email;
  const [html, plainText] =
    "html" in email
      ? [email.html, email.text]
      : await Promise.all([render(email.react), email.text ?? render(email.react, { plainText: true })]);
  const message = { from: env.MAIL_FROM, to, subject, html, text: plainText, headers, messageId };

  if (env.SMTP_URL) {
    const info = await sendSmtp(env.SMTP_URL, message);
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

type Pool = { url: string; transport: nodemailer.Transporter; sending: number; idle?: NodeJS.Timeout };
const cache = globalThis as unknown as { paperboySmtp?: Pool };

/** Closed after this long with nothing to send (see sendSmtp). */
const POOL_IDLE_MS = 2_000;

/**
 * Sends through one pooled transport per SMTP_URL, reused while mail keeps coming (a digest run, busy
 * sign-ins). It is closed once idle: its open connections would otherwise keep a finished `npm run digest`
 * or a stopping worker alive until the mail server hangs up, minutes later; the next send opens a new one.
 */
async function sendSmtp(url: string, message: nodemailer.SendMailOptions) {
  if (cache.paperboySmtp?.url !== url) {
    cache.paperboySmtp?.transport.close();
    cache.paperboySmtp = { url, transport: createSmtpTransport(url), sending: 0 };
  }
  const pool = cache.paperboySmtp;
  clearTimeout(pool.idle);
  pool.sending++;
  try {
    return await pool.transport.sendMail(message);
  } finally {
    if (--pool.sending === 0) {
      pool.idle = setTimeout(() => {
        pool.transport.close();
        if (cache.paperboySmtp === pool) delete cache.paperboySmtp;
      }, POOL_IDLE_MS).unref();
    }
  }
}

/** The pooled SMTP transport sendEmail uses (exported for the benchmark's raw-nodemailer baseline). */
export function createSmtpTransport(url: string) {
  // Not `{ url, pool, … }`: given `url`, nodemailer.createTransport keeps only what the URL says and drops
  // every other option, which silently meant no pool (a new connection and handshake per message), no DKIM
  // and no TCP_NODELAY. So the URL is parsed here, as nodemailer parses it, and the options added to it
  // (STARTTLS required beyond this machine: lib/smtp-server.ts).
  const server = smtpServerOptions(url);
  return nodemailer.createTransport({
    ...server,
    pool: true,
    // DKIM_* set: sign every message. The list headers are signed too (RFC 8058 asks for
    // List-Unsubscribe-Post to be covered, which nodemailer's default list leaves out).
    ...(dkim ? { dkim: { ...dkim, headerFieldNames: DKIM_SIGNED_HEADERS } } : {}),
    // Without TCP_NODELAY each message stalls ~40 ms on Nagle's algorithm meeting delayed ACKs. nodemailer
    // takes a socket from getSocket only as `connection`, one it treats as open: it waits for the greeting
    // (with its timeouts and errors) and writes once that arrives, so a socket still connecting will do.
    // (smtps keeps nodemailer's own TLS socket.)
    ...(server.secure ? {} : { getSocket: connectWithoutDelay }),
  });
}

/** getSocket for smtp: URLs; without a host or port in the URL, nodemailer's defaults (localhost, 587). */
function connectWithoutDelay(
  { host = "localhost", port = 587 }: { host?: string; port?: number },
  callback: (error: Error | null, socket: { connection: Socket }) => void,
) {
  callback(null, { connection: connect({ host, port, noDelay: true }) });
}
