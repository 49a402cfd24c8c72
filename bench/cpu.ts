// CPU time spent by processes on this machine, read from Linux's /proc: user and system time, in seconds. For what a
// request costs the server's process and PostgreSQL's (every process named postgres: its backends and its own
// workers), measured around a load. PostgreSQL's figure counts only a server on this machine, and anything else it
// does meanwhile (another program's queries) counts too: a figure for a quiet machine.
import { readdirSync, readFileSync } from 'node:fs';

/** Linux's clock ticks a second for /proc's times (USER_HZ, 100 on every Linux Node runs on). */
const ticksPerSecond = 100;

/** The user and system time of one process so far, or undefined when it has gone. */
export function cpuSeconds(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The fields after the command's name, which is in parentheses and may hold spaces: utime and stime are 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
  } catch {
    return undefined;
  }
}

/** Every PostgreSQL process's time so far, by process (a backend that ends between two readings drops out of both). */
export function postgresCpuSeconds(): Map<number, number> {
  const times = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let command: string;
    try {
      command = readFileSync(`/proc/${name}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    // The postmaster is named by its path (…/bin/postgres); its backends and workers rename themselves "postgres: …".
    if (!/^(\S*\/)?postgres(:|\0)/.test(command)) continue;
    const seconds = cpuSeconds(Number(name));
    if (seconds !== undefined) times.set(Number(name), seconds);
  }
  return times;
}

/** PostgreSQL's time between two readings: of the processes in both (a backend that started in between counts whole). */
export function postgresCpuBetween(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, seconds] of after) total += seconds - (before.get(pid) ?? 0);
  return total;
}
