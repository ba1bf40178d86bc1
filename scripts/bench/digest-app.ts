// The app's digest code, loaded into the benchmark's own process for the raw-send baseline and the
// per-stage timings. lib/env.ts reads the environment once, when first imported, so the variables are set
// first and the modules imported after (as lib/digest/run.int.test.ts does): its database is the bench
// corpus and its mail goes to the counting sink, like the server's. NODE_ENV is production, as for the
// server: React's development build renders several times slower.
import { randomBytes } from "node:crypto";
import { setAppEnv } from "./app-env";

export type DigestApp = Awaited<ReturnType<typeof loadDigestApp>>;

export async function loadDigestApp({ databaseUrl, smtpUrl, appUrl }: Record<string, string>) {
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");
  setAppEnv({ NODE_ENV: "production", DATABASE_URL: databaseUrl, SMTP_URL: smtpUrl, APP_URL: appUrl });
  const [{ env }, email, data, select, compose, html, deliver, site, run] = await Promise.all([
    import("@/lib/env"),
    import("@/lib/email"),
    import("@/lib/data/digests"),
    import("@/lib/digest/select"),
    import("@/lib/digest/compose"),
    import("@/lib/digest/digest-html"),
    import("@/lib/digest/deliver"),
    import("@/lib/digest/site"),
    import("@/lib/digest/run"),
  ]);
  const { db } = await import("@/lib/db");
  return {
    db,
    renderDigestHtml: html.renderDigestHtml,
    createSmtpTransport: email.createSmtpTransport,
    digestCandidatesFor: data.digestCandidatesFor,
    selectDigestPapers: select.selectDigestPapers,
    composeDigest: compose.composeDigest,
    deliverDigests: deliver.deliverDigests,
    digestSite: site.digestSite,
    concurrency: run.DIGEST_CONCURRENCY,
    batchSize: Math.ceil(run.DIGEST_CONCURRENCY / run.DIGEST_LANES),
    mailFrom: env.MAIL_FROM,
  };
}
