// A lock on the data folder, so a second server cannot open the same embedded database (PGlite has no lock
// between processes, and two writers leave it unopenable).
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export class FolderLockedError extends Error {
  constructor(readonly folder: string, readonly pid: number) {
    super(`The data folder ${folder} is in use by another Aftercare process (pid ${pid}). Stop it first, or set AFTERCARE_DATA_DIR to another folder.`);
    this.name = 'FolderLockedError';
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

/** Takes the folder's lock or throws FolderLockedError; a lock left by a process that is gone is taken over. */
export function lockFolder(folder: string): { release: () => void } {
  const path = join(folder, 'aftercare.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      return {
        release: () => {
          if (released) return;
          released = true;
          rmSync(path, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(readFileSync(path, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) throw new FolderLockedError(folder, pid);
      // The process that held it died (kill -9, power loss): the lock is stale.
      rmSync(path, { force: true });
    }
  }
  throw new Error(`Could not take the lock on ${folder}`);
}
