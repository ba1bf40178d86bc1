// Where sendEmail's SMTP transport connects, read from SMTP_URL as nodemailer reads it, with one rule of
// ours: plain smtp:// to another machine must upgrade to TLS (STARTTLS) before it sends anything. Without
// `requireTLS`, nodemailer sends in the clear whenever the server does not offer STARTTLS, or an attacker
// on the path strips the offer; that would leak the SMTP password and every sign-in link. Only a server
// on this machine (a local relay, the test sink) may be spoken to in the clear.
import { isIP } from "node:net";
import { parseConnectionUrl } from "nodemailer/lib/shared";

/** localhost, 127.0.0.0/8 and ::1: traffic that never leaves the machine. */
export function isLoopbackHost(host: string | undefined): boolean {
  // nodemailer connects to localhost when the URL names no host.
  if (host === undefined || host === "" || host.toLowerCase() === "localhost") return true;
  const bare = host.replace(/^\[|\]$/g, "");
  if (isIP(bare) === 4) return bare.startsWith("127.");
  return isIP(bare) === 6 && /^(0{0,4}:){2,7}0{0,3}1$/.test(bare);
}

export function smtpServerOptions(url: string) {
  const server = parseConnectionUrl(url);
  if (server.secure || isLoopbackHost(server.host)) return server;
  // Also over anything the URL's query says (`?ignoreTLS=true`).
  return { ...server, requireTLS: true, ignoreTLS: false };
}
