// A lock on the data folder, so a second server cannot open the same embedded database (PGlite has no lock
// between processes, and two writers leave it unopenable). The lock names its process by pid and by the time the
// process started, so a stale lock whose pid now belongs to some other process is told apart from a live server.
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

export class FolderLockedError extends Error {
  constructor(
    readonly folder: string,
    readonly pid: number,
  ) {
    super(
      `The data folder ${folder} is in use by another Aftercare process (pid ${pid}). Stop it first, or set AFTERCARE_DATA_DIR to another folder.`,
    );
    this.name = 'FolderLockedError';
  }
}

/** What a lock file says about the process that holds it. */
interface Holder {
  readonly pid: number;
  /** When the process started, in clock ticks since boot (Linux's /proc/<pid>/stat), or null where unknown. */
  readonly started: string | null;
  readonly host: string;
}

/** A process's start time, or null when the system does not say (no /proc) or there is no such process. */
export function startTimeOf(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count fields from after its closing one.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

function readHolder(text: string): Holder | null {
  try {
    const parsed = JSON.parse(text) as Partial<Holder>;
    if (typeof parsed === 'number') return { pid: parsed, started: null, host: hostname() };
    if (!Number.isInteger(parsed.pid) || (parsed.pid as number) <= 0) return null;
    return {
      pid: parsed.pid!,
      started: typeof parsed.started === 'string' ? parsed.started : null,
      host: typeof parsed.host === 'string' ? parsed.host : hostname(),
    };
  } catch {
    return null;
  }
}

/** The folders this process holds: a lock naming this process's pid is live only if it is one of them. */
const heldHere = new Set<string>();

/** Whether the process a lock names is still the one that took it. */
export function holds(holder: Holder, folder: string): boolean {
  // On another machine (a shared folder) nothing can be checked: the lock is taken as live.
  if (holder.host !== hostname()) return true;
  if (holder.pid === process.pid) return heldHere.has(folder);
  if (!isAlive(holder.pid)) return false;
  // Alive, but is it the same process? Its start time says; where the system cannot tell, it is taken as live.
  if (holder.started === null) return true;
  const started = startTimeOf(holder.pid);
  return started === null || started === holder.started;
}

/** Takes the folder's lock or throws FolderLockedError; a lock whose process is gone is taken over. */
export function lockFolder(folder: string): { release: () => void } {
  const path = join(folder, 'aftercare.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, JSON.stringify({ pid: process.pid, started: startTimeOf(process.pid), host: hostname() } satisfies Holder));
      closeSync(fd);
      heldHere.add(folder);
      let released = false;
      return {
        release: () => {
          if (released) return;
          released = true;
          heldHere.delete(folder);
          rmSync(path, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(readFileSync(path, 'utf8').trim());
      if (holder && holds(holder, folder)) throw new FolderLockedError(folder, holder.pid);
      // The process that held it died (kill -9, power loss), and its pid may since have gone to another: stale.
      rmSync(path, { force: true });
    }
  }
  throw new Error(`Could not take the lock on ${folder}`);
}
