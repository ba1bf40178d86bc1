// Peak memory of the benchmarked server: VmHWM ("high water mark", the most resident memory a process
// has had) of each member of its process group, read from /proc. The counter is reset first (writing 5 to
// /proc/<pid>/clear_refs, Linux 4.0+, allowed for our own processes) so an earlier step's peak does not
// count; where that fails the figure covers the process's whole life and says so.
import { readFileSync, writeFileSync } from "node:fs";
import { processes } from "./cpu";

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
