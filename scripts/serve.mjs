// `npm start`'s server: the production build served by one Next.js process per CPU core, all on one
// port (node:cluster hands each new connection to a worker). A single `next start` is one Node process,
// so on a machine with N cores it renders on one of them and leaves the rest to PostgreSQL or idle;
// pages are CPU-bound in Node (React rendering), so this is what makes the other cores serve pages.
//
// Usage: node scripts/serve.mjs [-p <port>] [-H <hostname>], like `next start` (PORT works too; the
// default is every interface, port 3000). WEB_CONCURRENCY sets the number of workers (default: the cores
// available to this process). A worker that dies is replaced; SIGTERM/SIGINT stop the workers, then the
// primary.
//
// Beside them runs the digest worker (scripts/worker.ts, as `npm run worker` runs it): it queues the
// readers whose digest is due every few minutes and sends them, so self-hosting needs no external cron.
// DIGEST_WORKERS sets how many (default 1; 0 when the digest is sent elsewhere: Vercel Cron, or
// `npm run worker` processes of their own). They are replaced when they die and stopped with the rest.
import { fork } from "node:child_process";
import cluster from "node:cluster";
import { createServer } from "node:http";
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import next from "next";
import { createPageCache } from "./page-cache.mjs";

const { values } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
});
const port = Number(values.port || process.env.PORT || 3000);
const hostname = values.hostname; // undefined: every interface, as with `next start`
const workers = Math.max(1, Number.parseInt(process.env.WEB_CONCURRENCY ?? "", 10) || availableParallelism());
const digestWorkers = Math.max(0, Number.parseInt(process.env.DIGEST_WORKERS ?? "1", 10) || 0);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`error: not a port: ${values.port ?? process.env.PORT}`);
  process.exit(2);
}

// Tells the app (lib/request-ip.ts) that the right-hand end of X-Forwarded-For is ours: the peer appended
// below. Set here, for the workers this forks, so a server without that appending never claims it.
process.env.PAPERBOY_PEER_APPENDED = "1";

if (cluster.isPrimary) {
  const where = `http://${hostname ?? "localhost"}:${port}`;
  console.log(
    `[paperboy] serving ${where} with ${workers} Next.js worker${workers === 1 ? "" : "s"} (WEB_CONCURRENCY)`,
  );
  let stopping = false;
  const recentDeaths = [];
  for (let i = 0; i < workers; i++) cluster.fork();
  const digest = new Set();
  const startDigestWorker = () => {
    const child = fork(new URL("./worker.ts", import.meta.url), [], {
      execArgv: ["--import", "tsx", "--import", new URL("./allow-server-only.mjs", import.meta.url).href],
    });
    digest.add(child);
    child.on("exit", (code, signal) => {
      digest.delete(child);
      if (stopping) {
        if (Object.keys(cluster.workers ?? {}).length === 0 && digest.size === 0) process.exit(0);
        return;
      }
      console.error(`[paperboy] digest worker ${child.pid} exited (${signal ?? code}); starting another`);
      setTimeout(startDigestWorker, 1000);
    });
  };
  for (let i = 0; i < digestWorkers; i++) startDigestWorker();
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0 && digest.size === 0) process.exit(0);
      return;
    }
    console.error(`[paperboy] worker ${worker.process.pid} exited (${signal ?? code}); starting another`);
    // A worker that cannot start (bad build, missing env) would otherwise be restarted forever.
    const now = Date.now();
    recentDeaths.push(now);
    while (recentDeaths.length && recentDeaths[0] < now - 60_000) recentDeaths.shift();
    if (recentDeaths.length > workers * 3) {
      console.error("[paperboy] workers keep dying; giving up");
      process.exit(1);
    }
    cluster.fork();
  });
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.kill("SIGTERM");
      for (const child of digest) child.kill("SIGTERM");
      if (Object.keys(cluster.workers ?? {}).length === 0 && digest.size === 0) process.exit(0);
    });
  }
} else {
  // Next.js calls every loopback address "localhost" in the proxy's request URL, and treats a rewrite to an
  // origin other than the one it was given here as external: served on 127.0.0.1, each rewrite to a cached
  // page (proxy.ts) became a second HTTP request to this server. So a loopback address is given as localhost.
  const app = next({ dev: false, hostname: loopback(hostname) ? "localhost" : hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  // HSTS when the site is served over https (lib/security-headers.ts has the headers every build sends).
  // Two years, no includeSubDomains: other hosts under the operator's domain are not ours to pin.
  const hsts = process.env.APP_URL?.startsWith("https://") ? "max-age=63072000" : undefined;
  const pages = createPageCache();
  const server = createServer((request, response) => {
    if (hsts) response.setHeader("Strict-Transport-Security", hsts);
    // Public pages Next.js marks as shared are replayed from this worker's HTTP cache (scripts/page-cache.mjs).
    if (pages.serve(request, response)) return;
    pages.capture(request, response);
    // Append the socket's peer to X-Forwarded-For, as a proxy would: the one entry a client cannot forge
    // (lib/request-ip-chain.ts reads the chain from the right, skipping our TRUSTED_PROXY_CIDRS proxies).
    const peer = request.socket.remoteAddress;
    if (peer) {
      const forwarded = request.headers["x-forwarded-for"];
      request.headers["x-forwarded-for"] = forwarded ? `${forwarded}, ${peer}` : peer;
    }
    void handle(request, response);
  });
  server.listen(port, hostname);
  server.on("error", (error) => {
    console.error(`[paperboy] worker ${process.pid}: ${error.message}`);
    process.exit(1);
  });
  process.on("SIGTERM", () => server.close(() => process.exit(0)));
}

/** Whether `host` is what Next.js's URLs write as localhost (unset: every interface, requests to localhost). */
function loopback(host) {
  return (
    host === undefined || host === "localhost" || host === "::1" || host === "[::1]" || /^127(\.\d{1,3}){3}$/.test(host)
  );
}
