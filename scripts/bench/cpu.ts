// Where the CPU went during a load run: the Next.js server (its process group), PostgreSQL (the
// postmaster and its backends) and this process (the load generator). Read from /proc, so on a system
// without it (macOS) the split is simply missing. Together they say which side is the bottleneck.
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pgQuery } from "@/lib/database/pg";

export type CpuSplit = {
  node: number;
  postgres: number | null;
  harness: number;
  /** Everything else on the machine (another job, the kernel's share not charged to these processes). */
  other: number | null;
  seconds: number;
};
type Stat = { pid: number; ppid: number; pgrp: number; seconds: number };

const TICKS = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" })) || 100;
  } catch {
    return 100;
  }
})();

/** Every process on the machine with its parent, group and CPU seconds so far; none without /proc. */
export function processes(): Stat[] {
  let pids: string[];
  try {
    pids = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return [];
  }
  return pids.flatMap((pid) => {
    try {
      // The command name may hold spaces and parentheses: the fields start after the last ")".
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const ticks = Number(fields[11]) + Number(fields[12]); // utime + stime
      return [{ pid: Number(pid), ppid: Number(fields[1]), pgrp: Number(fields[2]), seconds: ticks / TICKS }];
    } catch {
      return []; // exited while we looked
    }
  });
}

/** Busy CPU seconds of the whole machine so far (all cores), or null without /proc. */
function machineBusy() {
  try {
    const [, ...fields] = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/);
    const ticks = fields.slice(0, 8).map(Number); // user nice system idle iowait irq softirq steal
    return (ticks.reduce((a, b) => a + b, 0) - ticks[3]! - ticks[4]!) / TICKS;
  } catch {
    return null;
  }
}

/** The postmaster's pid, when the server runs on this machine and we may read its data directory. */
export async function postmasterPid(url: string) {
  try {
    const [row] = await pgQuery<{ setting: string }>(
      url,
      "SELECT setting FROM pg_settings WHERE name = 'data_directory'",
    );
    const pid = Number(readFileSync(path.join(row!.setting, "postmaster.pid"), "utf8").split("\n")[0]);
    return processes().some((p) => p.pid === pid) ? pid : null;
  } catch {
    return null;
  }
}

const SAMPLE_MS = 500;

/**
 * Starts measuring; `stop()` returns each side's average use in cores (1.0 = one core fully busy).
 * Processes come and go during a run (pool connections close, autovacuum workers start), so the meter
 * samples every SAMPLE_MS and adds up each process's growth, rather than subtracting two totals.
 */
export function cpuMeter(serverGroup: number | null, postmaster: number | null) {
  const totals = { node: 0, postgres: 0 };
  let last = new Map<number, number>();
  const side = (p: Stat) =>
    serverGroup !== null && p.pgrp === serverGroup
      ? "node"
      : postmaster !== null && (p.pid === postmaster || p.ppid === postmaster)
        ? "postgres"
        : null;
  const sample = (count: boolean) => {
    const seen = new Map<number, number>();
    for (const p of processes()) {
      const which = side(p);
      if (!which) continue;
      seen.set(p.pid, p.seconds);
      // A process first seen now started after the last sample: all of its time is within the run.
      if (count) totals[which] += p.seconds - (last.get(p.pid) ?? 0);
    }
    last = seen;
  };
  sample(false);
  const timer = setInterval(() => sample(true), SAMPLE_MS);
  const start = { at: performance.now(), harness: process.cpuUsage(), machine: machineBusy() };
  return {
    stop(): CpuSplit {
      clearInterval(timer);
      sample(true);
      const endMachine = machineBusy();
      const seconds = (performance.now() - start.at) / 1000;
      const used = process.cpuUsage(start.harness);
      const node = totals.node / seconds;
      const postgres = postmaster === null ? null : totals.postgres / seconds;
      const harness = (used.user + used.system) / 1e6 / seconds;
      const machine = endMachine === null || start.machine === null ? null : (endMachine - start.machine) / seconds;
      const other = machine === null || postgres === null ? null : Math.max(0, machine - node - postgres - harness);
      return { node, postgres, harness, other, seconds };
    },
  };
}

/** CPU milliseconds one request costs each side: its cores over the requests per second. */
export function costPer(cpu: CpuSplit, perSecond: number) {
  const each = (cores: number | null) => (cores === null || perSecond === 0 ? null : (cores * 1000) / perSecond);
  return { node: each(cpu.node), postgres: each(cpu.postgres), harness: each(cpu.harness) };
}

// Peak memory of the benchmarked server, also from /proc: VmHWM ("high water mark", the most resident memory a process
// has had) of each member of its process group, read from /proc. The counter is reset first (writing 5 to
// /proc/<pid>/clear_refs, Linux 4.0+, allowed for our own processes) so an earlier step's peak does not
// count; where that fails the figure covers the process's whole life and says so.
export type PeakRss = {
  /** The largest single process's peak (MB). */
  largestMb: number;
  /** The members' peaks added up (MB): an upper bound for the group at any one moment. */
  totalMb: number;
  processes: number;
  /** False when the counters could not be reset: the peaks may be older than the run. */
  sinceReset: boolean;
};

const members = (group: number) => processes().filter((p) => p.pgrp === group);

/** Resets the peak-RSS counters of the group's processes; false if any refused. */
export function resetPeakRss(group: number) {
  let reset = true;
  for (const { pid } of members(group)) {
    try {
      writeFileSync(`/proc/${pid}/clear_refs`, "5");
    } catch {
      reset = false;
    }
  }
  return reset;
}

export function peakRss(group: number, sinceReset: boolean): PeakRss {
  const peaks = members(group).flatMap(({ pid }) => {
    try {
      const kb = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
      return kb ? [Number(kb) / 1024] : [];
    } catch {
      return []; // exited while we looked
    }
  });
  return {
    largestMb: Math.max(0, ...peaks),
    totalMb: peaks.reduce((sum, mb) => sum + mb, 0),
    processes: peaks.length,
    sinceReset,
  };
}
