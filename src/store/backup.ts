// Backup and restore of the embedded database: PGlite's own dump of its data folder (a gzipped tar), taken while no
// server holds the folder (the folder's lock says so), and restored only into an empty data folder, so a restore
// can never overwrite a database. PostgreSQL is backed up with its own tools (pg_dump, psql): see the README.
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { lockFolder } from './lock.ts';
import { openDatabase } from './database.ts';

/**
 * Why a backup or a restore was refused: the command line says it in the operator's language from this and the path
 * (the message is for the logs); `cannotRead` carries Node's error code, never its English words.
 */
export type BackupRefusal = 'noDatabase' | 'fileExists' | 'folderNotEmpty' | 'cannotRead' | 'notABackup';

/** Why a backup or a restore was not made, said to the operator. */
export class BackupRefusedError extends Error {
  constructor(
    readonly refusal: BackupRefusal,
    readonly path: string,
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'BackupRefusedError';
  }
}

const folderOf = (dataDir: string) => join(dataDir, 'pglite');
const hasDatabase = (folder: string) => existsSync(join(folder, 'PG_VERSION'));

/** Writes the embedded database of `dataDir` to `file` (a new file, readable by its owner only); its size in bytes. */
export async function backupEmbedded(dataDir: string, file: string): Promise<number> {
  if (!hasDatabase(folderOf(dataDir))) throw new BackupRefusedError('noDatabase', dataDir, `there is no Aftercare database in ${dataDir}`);
  if (existsSync(file)) throw new BackupRefusedError('fileExists', file, `${file} already exists: a backup never overwrites a file`);
  const lock = lockFolder(dataDir);
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    const pglite = await PGlite.create(folderOf(dataDir));
    try {
      const dump = await pglite.dumpDataDir('gzip');
      const bytes = Buffer.from(await dump.arrayBuffer());
      await writeFile(file, bytes, { flag: 'wx', mode: 0o600 });
      return bytes.length;
    } finally {
      await pglite.close();
    }
  } finally {
    lock.release();
  }
}

/** Restores a backup into `dataDir`, which must hold no database yet; then brings it up to this version's schema. */
export async function restoreEmbedded(dataDir: string, file: string): Promise<void> {
  const folder = folderOf(dataDir);
  if (existsSync(folder) && readdirSync(folder).length > 0)
    throw new BackupRefusedError(
      'folderNotEmpty',
      folder,
      `${folder} is not empty: a restore goes into an empty data folder (move the old one away first)`,
    );
  let dump: Buffer;
  try {
    dump = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new BackupRefusedError('cannotRead', file, `cannot read ${file}: ${(error as Error).message}`, code);
  }
  mkdirSync(dataDir, { recursive: true });
  const lock = lockFolder(dataDir);
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    let pglite;
    try {
      pglite = await PGlite.create(folder, { loadDataDir: new Blob([new Uint8Array(dump)]) });
    } catch (error) {
      rmSync(folder, { recursive: true, force: true }); // what was half written: the folder is empty again
      throw new BackupRefusedError('notABackup', file, `${file} is not a backup of an Aftercare database (${(error as Error).message})`);
    }
    await pglite.close();
  } finally {
    lock.release();
  }
  // Opening it checks that it is Aftercare's, and brings a backup from an older version up to date.
  const database = await openDatabase({ dataDir });
  await database.close();
}
