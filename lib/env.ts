// The one reader of process.env. Every variable Paperboy understands is declared and validated here;
// README.md and .env.example list the same set.
import { z } from "zod";
import { parseTrustedNetworks } from "@/lib/request-ip-chain";

const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(emptyAsUndefined, schema.optional());

const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(65535).default(3000)),
  DATABASE_URL: optional(z.url({ protocol: /^postgres(ql)?$/, error: "DATABASE_URL must be a postgres:// URL" })),
  APP_URL: optional(z.url({ protocol: /^https?$/, error: "APP_URL must be an http(s) URL" })),
  // Auth.js reads AUTH_SECRET itself; it is declared here so a missing one fails loudly in production
  // (secretPresent below). It also keys the magic-link hashes and, unless UNSUBSCRIBE_SECRET is set, the
  // unsubscribe links.
  AUTH_SECRET: optional(z.string().min(32, "AUTH_SECRET must be at least 32 characters")),
  AUTH_GITHUB_ID: optional(z.string()),
  AUTH_GITHUB_SECRET: optional(z.string()),
  SMTP_URL: optional(z.url({ protocol: /^smtps?$/, error: "SMTP_URL must be an smtp:// or smtps:// URL" })),
  MAIL_FROM: z.preprocess(emptyAsUndefined, z.string().default("Paperboy <paperboy@localhost>")),
  // DKIM-sign outgoing mail (all three, or none): the selector's public key is published in DNS at
  // <selector>._domainkey.<domain>. The key is PEM; "\n" escapes are accepted for one-line env files.
  DKIM_PRIVATE_KEY: optional(z.string().transform((key) => key.replaceAll("\\n", "\n"))),
  DKIM_SELECTOR: optional(z.string().regex(/^[A-Za-z0-9._-]+$/, "DKIM_SELECTOR must be a DNS label")),
  DKIM_DOMAIN: optional(z.string().regex(/^[A-Za-z0-9.-]+$/, "DKIM_DOMAIN must be a domain name")),
  // Key for the digest's unsubscribe links (lib/digest/unsubscribe-token.ts); unset, one is derived from
  // AUTH_SECRET. Set it to keep unsubscribe links working across an AUTH_SECRET rotation.
  UNSUBSCRIBE_SECRET: optional(z.string().min(32, "UNSUBSCRIBE_SECRET must be at least 32 characters")),
  // Bearer token that Vercel Cron (or any scheduler) sends to /api/cron/*; unset, those routes refuse everyone.
  CRON_SECRET: optional(z.string().min(16, "CRON_SECRET must be at least 16 characters")),
  // What the scheduled ingest fetches from arXiv: an API search_query, and how many days back (4 covers a
  // Monday announcement of Friday's submissions; ingesting a paper again changes nothing).
  INGEST_ARXIV_QUERY: z.preprocess(emptyAsUndefined, z.string().default("cat:cs.LG OR cat:cs.CL OR cat:cs.AI")),
  INGEST_ARXIV_DAYS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(30).default(4)),
  // The proxies in front of `npm start` whose X-Forwarded-For entries are believed (lib/request-ip-chain.ts):
  // CIDRs such as "10.0.0.0/8, ::1". None by default: the connection's own peer is the client.
  TRUSTED_PROXY_CIDRS: z.preprocess(emptyAsUndefined, z.string().default("")).transform((list, ctx) => {
    try {
      return parseTrustedNetworks(list);
    } catch (error) {
      ctx.addIssue({ code: "custom", message: `TRUSTED_PROXY_CIDRS: ${(error as Error).message}` });
      return z.NEVER;
    }
  }),
  // Set by scripts/serve.mjs, which appends each connection's peer to X-Forwarded-For, and by Vercel, whose
  // edge writes the header itself: only then is its right-hand end more than the client's say-so.
  PAPERBOY_PEER_APPENDED: optional(z.literal("1")),
  VERCEL: optional(z.string()),
  // Sign-in (and digest subscription) mail: per client IP in 15 minutes, and for the whole site per hour,
  // the ceiling that bounds the mail a botnet can make us send (lib/auth/sign-in-limits.ts).
  SIGN_IN_IP_LIMIT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).default(20)),
  SIGN_IN_HOURLY_LIMIT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).default(300)),
  // Searches per client IP per minute (lib/load-limits.ts).
  SEARCH_IP_LIMIT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).default(30)),
  // How long one SQL statement of a web request may run before PostgreSQL cancels it (lib/db.ts); 0: no limit.
  STATEMENT_TIMEOUT_MS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(600_000).default(5000)),
});

const dkimComplete = (env: z.infer<typeof schema>) =>
  [env.DKIM_PRIVATE_KEY, env.DKIM_SELECTOR, env.DKIM_DOMAIN].filter(Boolean).length % 3 === 0;

// `next build` runs with NODE_ENV=production but serves nothing and signs nothing: it may go without.
// (`npm run dev` and `npm test` make one when none is set.)
const secretPresent = (source: NodeJS.ProcessEnv) => (env: z.infer<typeof schema>) =>
  env.NODE_ENV !== "production" || source.NEXT_PHASE === "phase-production-build" || !!env.AUTH_SECRET;

export function parseEnv(source: NodeJS.ProcessEnv = process.env) {
  const parsed = schema
    .refine(dkimComplete, {
      path: ["DKIM_PRIVATE_KEY"],
      message: "set DKIM_PRIVATE_KEY, DKIM_SELECTOR and DKIM_DOMAIN together",
    })
    .refine(secretPresent(source), {
      path: ["AUTH_SECRET"],
      message: "AUTH_SECRET is required in production: export AUTH_SECRET=$(openssl rand -base64 32)",
    })
    .safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment variables:\n${problems}`);
  }
  const { APP_URL, PORT, ...rest } = parsed.data;
  return { ...rest, PORT, APP_URL: (APP_URL ?? `http://localhost:${PORT}`).replace(/\/+$/, "") };
}

export const env = parseEnv();

/** GitHub sign-in is offered only when both halves of its OAuth app are configured. */
export const githubAuth =
  env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET
    ? { clientId: env.AUTH_GITHUB_ID, clientSecret: env.AUTH_GITHUB_SECRET }
    : undefined;

/** DKIM signing for outgoing mail, when configured. */
export const dkim =
  env.DKIM_PRIVATE_KEY && env.DKIM_SELECTOR && env.DKIM_DOMAIN
    ? { privateKey: env.DKIM_PRIVATE_KEY, keySelector: env.DKIM_SELECTOR, domainName: env.DKIM_DOMAIN }
    : undefined;

export function requireDatabaseUrl() {
  if (!env.DATABASE_URL) {
    throw new Error("DATABASE_URL is not set. Start Paperboy with `npm run dev` or `npm start`, which provide one.");
  }
  return env.DATABASE_URL;
}

/** Development without SMTP_URL: mail lands in the dev mailbox (/dev/mailbox), and forms say so. */
export const devMailboxInUse = () => env.NODE_ENV !== "production" && !env.SMTP_URL;
