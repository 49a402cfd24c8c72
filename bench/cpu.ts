// CPU time spent by processes on this machine, read from Linux's /proc: user and system time, in seconds. The
// benchmarks measure with it what a request costs the server's process and PostgreSQL's processes, around a load. The
// figure for PostgreSQL counts only a server on this machine. It counts its connections to the database named (all of
// them when none is named) and its own workers (checkpointer, WAL writer, autovacuum…), whose work any load adds to.
// A connection closed between two readings drops out of the figure: node-postgres closes one idle for 10 s, which a
// connection in use by the load never is.
import { readdirSync, readFileSync } from 'node:fs';

/** Linux's clock ticks a second for /proc's times (USER_HZ, 100 on every Linux Node runs on). */
const ticksPerSecond = 100;

/** The user and system time of one process so far, or undefined when it has gone. */
export function cpuTimes(pid: number): { user: number; system: number } | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // The fields after the command's name, which is in parentheses and may hold spaces: the state first, then utime and
  // stime 11th and 12th from it.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { user: Number(fields[11]) / ticksPerSecond, system: Number(fields[12]) / ticksPerSecond };
}

/** A process's user and system time together so far, or undefined when it has gone. */
export function cpuSeconds(pid: number): number | undefined {
  const times = cpuTimes(pid);
  return times && times.user + times.system;
}

/**
 * PostgreSQL's processes' time so far, by process. Its postmaster is named by its path (…/bin/postgres); the others
 * rename themselves: "postgres: 15/main: checkpointer" for a worker, "postgres: 15/main: USER DATABASE HOST(PORT) STATE"
 * for a connection (without "15/main: " on a server with no cluster_name). With `database`, a connection counts only
 * when it is to that database.
 */
export function postgresCpuSeconds(database?: string): Map<number, number> {
  const times = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let command: string;
    try {
      command = readFileSync(`/proc/${name}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    if (!/^(\S*\/)?postgres(:|\0)/.test(command)) continue;
    // A connection's title names its user, its database and its address (127.0.0.1(51234) or [local]), after the
    // cluster's name where the server has one (Debian's "15/main:"); a worker's names no address.
    const connection = /^postgres: (?:\S+: )?(\S+) (\S+) (\S+\(\d+\)|\[local\])/.exec(command);
    if (database !== undefined && connection && connection[2] !== database) continue;
    const seconds = cpuSeconds(Number(name));
    if (seconds !== undefined) times.set(Number(name), seconds);
  }
  return times;
}

/**
 * PostgreSQL's time between two readings: of the processes in the second, their time since the first (a connection
 * opened in between counts whole). A connection that closed in between is not counted.
 */
export function postgresCpuBetween(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, seconds] of after) total += seconds - (before.get(pid) ?? 0);
  return total;
}
