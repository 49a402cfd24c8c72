// The `aftercare` command line: `main(deps, argv)` does the work; the real process is wired up only at the bottom.
import { readFile } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { assessText, bodyOf } from '../engine/assess-text.ts';
import type { PolicyVersion } from '../contract/types.ts';
import { fallbackLanguage, isLanguage, languageOfTag, languages, type Language } from '../i18n/languages.ts';
import { translator, type Translator } from '../i18n/messages.ts';
import { currentVersion } from '../knowledge/policy.ts';
import { emergencyNumberFor, knownRegion, regionOfLanguages, regionOfZone } from '../present/emergency.ts';
import { isTimeZone } from '../present/time.ts';
import { ConfigError, loadConfig, type Environment } from '../server/config.ts';
import type { BackupRefusedError } from '../store/backup.ts';
import { FolderLockedError } from '../store/lock.ts';
import { interview } from './interactive.ts';
import { assessJsonLines } from './json-lines.ts';

export interface CliDeps {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly readFile: (path: string) => Promise<string>;
  readonly now: () => Date;
  readonly timeZone: string;
  readonly isTerminal: boolean;
  /** The computer's language, as the environment says it (LC_ALL, LC_MESSAGES or LANG: en_AU.UTF-8). */
  readonly language?: string | undefined;
  /** The server's settings (AFTERCARE_DATA_DIR, DATABASE_URL), for backup and restore. */
  readonly env?: Environment;
}

/**
 * The language a computer's locale asks for (`es_ES.UTF-8` → es, `de_AT` → de), if Aftercare speaks it; else
 * English (`C`, `POSIX`, or a language Aftercare does not speak).
 */
export function languageOfLocale(locale: string | undefined): Language {
  const tag = (locale ?? '').split(/[.@]/)[0]!.replace('_', '-');
  return (tag && languageOfTag(tag)) || fallbackLanguage;
}

export const exitCodes = { ok: 0, failed: 1, refused: 2, usage: 64, cannotRead: 66 } as const;

/**
 * Why a backup or a restore was not made, in the reader's language: from the refusal, the folder's lock or Node's
 * error code, never Node's English words. An error with none of these (a damaged database) keeps its own message.
 */
function failureReason(error: unknown, refused: typeof BackupRefusedError, t: Translator): string {
  if (error instanceof refused) {
    if (error.refusal !== 'cannotRead') return t('cli.backup.refused', { why: error.refusal, path: error.path });
    return cannotRead(error.path, error.code, t);
  }
  if (error instanceof FolderLockedError) return t('cli.backup.in-use', { folder: error.folder, pid: String(error.pid) });
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? t('cli.backup.system', { why: code }) : (error as Error).message;
}

/** A file that could not be read, and why: said from Node's error code (Node says why in English only). */
const cannotRead = (file: string, code: unknown, t: Translator): string =>
  t('cli.error.cannot-read', { file, reason: t('cli.error.cannot-read.reason', { why: typeof code === 'string' ? code : 'other' }) });

/** `backup FILE` and `restore FILE`: the embedded database only; PostgreSQL has its own tools. */
async function keep(command: 'backup' | 'restore', file: string, deps: CliDeps, t: Translator): Promise<number> {
  let config;
  try {
    config = loadConfig(deps.env ?? {});
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    deps.stderr.write(`aftercare: ${error.message}\n`);
    return exitCodes.usage;
  }
  if (config.databaseUrl) {
    deps.stderr.write(`aftercare: ${t('cli.backup.postgres', { file })}\n`);
    return exitCodes.usage;
  }
  // Loaded here: the rest of the command line never opens a database.
  const { backupEmbedded, restoreEmbedded, BackupRefusedError } = await import('../store/backup.ts');
  try {
    if (command === 'backup') {
      const bytes = await backupEmbedded(config.dataDir, file);
      deps.stdout.write(`${t('cli.backup.done', { dataDir: config.dataDir, file, kib: Math.ceil(bytes / 1024) })}\n`);
    } else {
      await restoreEmbedded(config.dataDir, file);
      deps.stdout.write(`${t('cli.restore.done', { file, dataDir: config.dataDir })}\n`);
    }
    return exitCodes.ok;
  } catch (error) {
    const reason = failureReason(error, BackupRefusedError, t);
    deps.stderr.write(`aftercare: ${t(command === 'backup' ? 'cli.backup.failed' : 'cli.restore.failed', { reason })}\n`);
    return exitCodes.failed;
  }
}

async function readAll(stream: Readable): Promise<string> {
  stream.setEncoding('utf8');
  let text = '';
  for await (const chunk of stream as AsyncIterable<string>) text += chunk;
  return text;
}

/**
 * The language the command line speaks, its usage and errors included: `--lang` wherever it is given (so that an
 * error in an option before it is already in its words), else the computer's.
 */
function languageOf(deps: CliDeps, argv: readonly string[]): Language {
  const chosen = argv[argv.indexOf('--lang') + 1];
  return argv.includes('--lang') && isLanguage(chosen) ? chosen : languageOfLocale(deps.language);
}

export async function main(deps: CliDeps, argv: readonly string[]): Promise<number> {
  const t = translator(languageOf(deps, argv));
  const help = t('cli.usage', { timeZone: deps.timeZone });
  const fail = (message: string) => {
    deps.stderr.write(`aftercare: ${message}\n\n${help}`);
    return exitCodes.usage;
  };
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    deps.stdout.write(help);
    return command === undefined ? exitCodes.usage : exitCodes.ok;
  }
  if (command === 'backup' || command === 'restore') {
    if (rest.length !== 1 || rest[0]!.startsWith('-')) return fail(t('cli.error.needs-file', { command }));
    return keep(command, rest[0]!, deps, t);
  }
  if (command !== 'assess') return fail(t('cli.error.unknown-command', { command }));

  let mode: 'interactive' | 'json' | 'jsonl' = 'interactive';
  let file: string | undefined;
  let timeZone = deps.timeZone;
  let policy: PolicyVersion = currentVersion;
  let country: string | null = null;
  for (let k = 0; k < rest.length; k++) {
    const option = rest[k];
    if (option === '--help' || option === '-h') {
      deps.stdout.write(help);
      return exitCodes.ok;
    } else if (option === '--json') {
      file = rest[++k];
      if (file === undefined) return fail(t('cli.error.json'));
      mode = 'json';
    } else if (option === '--jsonl') mode = 'jsonl';
    else if (option === '--policy') {
      const version = rest[++k];
      if (version !== '1' && version !== '2' && version !== '3') return fail(t('cli.error.policy', { given: version ?? '' }));
      policy = version;
    } else if (option === '--time-zone') {
      const zone = rest[++k];
      if (zone === undefined || !isTimeZone(zone)) return fail(t('cli.error.time-zone', { given: zone ?? '' }));
      timeZone = zone;
    } else if (option === '--country') {
      const code = rest[++k];
      country = knownRegion(code);
      if (!country) return fail(t('cli.error.country', { given: code ?? '' }));
    } else if (option === '--lang') {
      const code = rest[++k];
      if (!isLanguage(code)) return fail(t('cli.error.lang', { languages: languages.join(', '), given: code ?? '' }));
    } else return fail(t('cli.error.unknown-option', { option }));
  }

  if (mode === 'jsonl') {
    await assessJsonLines(deps.stdin, deps.stdout, policy, t);
    return exitCodes.ok;
  }
  if (mode === 'json') {
    let text: string;
    try {
      text = file === '-' ? await readAll(deps.stdin) : await deps.readFile(file!);
    } catch (error) {
      deps.stderr.write(`aftercare: ${cannotRead(file!, (error as { code?: unknown }).code, t)}\n`);
      return exitCodes.cannotRead;
    }
    const outcome = assessText(text, policy, t);
    deps.stdout.write(JSON.stringify(bodyOf(outcome, t), null, 2) + '\n');
    if (outcome.ok) return exitCodes.ok;
    deps.stderr.write(`aftercare: ${t('cli.error.refused', { code: outcome.error.code, details: outcome.error.toLine(t) })}\n`);
    return exitCodes.refused;
  }
  const spoken = deps.language ? regionOfLanguages(deps.language.split('.')[0]!.replace('_', '-')) : null;
  // Where the person is before what their computer speaks: a UK computer set to US English still gets 999.
  const emergency = emergencyNumberFor(country ?? regionOfZone(timeZone) ?? spoken);
  return interview({ input: deps.stdin, output: deps.stdout, now: deps.now, timeZone, isTerminal: deps.isTerminal, policy, emergency, t });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const deps: CliDeps = {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    readFile: (path) => readFile(path, 'utf8'),
    now: () => new Date(),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    isTerminal: Boolean(process.stdin.isTTY && process.stdout.isTTY),
    language: process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG,
    env: process.env,
  };
  // A reader that goes away (`| head`) is not an error of ours.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  process.exitCode = await main(deps, process.argv.slice(2));
}
