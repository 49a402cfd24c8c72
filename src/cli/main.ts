// The `aftercare` command line: `main(deps, argv)` does the work; the real process is wired up only at the bottom.
import { readFile } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { assessText, bodyOf } from '../engine/assess-text.ts';
import type { PolicyVersion } from '../contract/types.ts';
import { currentVersion } from '../knowledge/policy.ts';
import { emergencyNumberFor, knownRegion, regionOfLanguages, regionOfZone } from '../present/emergency.ts';
import { isTimeZone } from '../present/time.ts';
import { ConfigError, loadConfig, type Environment } from '../server/config.ts';
import { translator } from '../i18n/messages.ts';
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

export const exitCodes = { ok: 0, failed: 1, refused: 2, usage: 64, cannotRead: 66 } as const;

const usage = `Usage: aftercare <command> [options]

Commands:
  assess                  Answer questions at the terminal and get advice (for people)
  assess --json FILE      Assess one report in a JSON file (- for standard input); prints JSON
  assess --jsonl          Assess a stream of reports, one JSON object per line, one answer per line
  backup FILE             Copy the embedded database (AFTERCARE_DATA_DIR) to FILE; stop the server first
  restore FILE            Put a backup into an empty AFTERCARE_DATA_DIR
  help                    Show this help

Options for assess:
  --policy 1|2|3          The triage policy: 3 (the default, TRIAGE.md), 2 (TRIAGE-2.md) or 1 (TRIAGE-1.md),
                          for reports made under an earlier policy; in every mode
  --time-zone ZONE        Show times in this IANA time zone (default: this computer's, now %TZ%)
  --country CODE          Give the emergency number of this country (ISO code: GB, US, AU, DE; default:
                          from the time zone, else this computer's language)
  -h, --help              Show this help

Exit codes: 0 done, 1 a backup or restore could not be made, 2 the report was refused, 64 wrong usage,
66 the file could not be read.
Aftercare is not a diagnosis. In an emergency, call the emergency number.
`;

/** `backup FILE` and `restore FILE`: the embedded database only; PostgreSQL has its own tools. */
async function keep(command: 'backup' | 'restore', file: string, deps: CliDeps): Promise<number> {
  let config;
  try {
    config = loadConfig(deps.env ?? {});
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    deps.stderr.write(`aftercare: ${error.message}\n`);
    return exitCodes.usage;
  }
  if (config.databaseUrl) {
    deps.stderr.write(
      `aftercare: DATABASE_URL is set: back up PostgreSQL with its own tools, e.g. pg_dump --format=custom --file=${file} "$DATABASE_URL" (restore with pg_restore)\n`,
    );
    return exitCodes.usage;
  }
  // Loaded here: the rest of the command line never opens a database.
  const { backupEmbedded, restoreEmbedded } = await import('../store/backup.ts');
  try {
    if (command === 'backup') {
      const bytes = await backupEmbedded(config.dataDir, file);
      deps.stdout.write(`Backed up ${config.dataDir} to ${file} (${Math.ceil(bytes / 1024)} KiB).\n`);
    } else {
      await restoreEmbedded(config.dataDir, file);
      deps.stdout.write(`Restored ${file} into ${config.dataDir}.\n`);
    }
    return exitCodes.ok;
  } catch (error) {
    deps.stderr.write(`aftercare: no ${command} was made: ${(error as Error).message}\n`);
    return exitCodes.failed;
  }
}

async function readAll(stream: Readable): Promise<string> {
  stream.setEncoding('utf8');
  let text = '';
  for await (const chunk of stream as AsyncIterable<string>) text += chunk;
  return text;
}

export async function main(deps: CliDeps, argv: readonly string[]): Promise<number> {
  const help = usage.replace('%TZ%', deps.timeZone);
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
    if (rest.length !== 1 || rest[0]!.startsWith('-')) return fail(`${command} needs one FILE`);
    return keep(command, rest[0]!, deps);
  }
  if (command !== 'assess') return fail(`unknown command "${command}"`);

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
      if (file === undefined) return fail('--json needs a FILE, or - for standard input');
      mode = 'json';
    } else if (option === '--jsonl') mode = 'jsonl';
    else if (option === '--policy') {
      const version = rest[++k];
      if (version !== '1' && version !== '2' && version !== '3') return fail(`--policy needs 1, 2 or 3, not "${version ?? ''}"`);
      policy = version;
    } else if (option === '--time-zone') {
      const zone = rest[++k];
      if (zone === undefined || !isTimeZone(zone))
        return fail(`--time-zone needs an IANA time zone such as Europe/London, not "${zone ?? ''}"`);
      timeZone = zone;
    } else if (option === '--country') {
      const code = rest[++k];
      country = knownRegion(code);
      if (!country) return fail(`--country needs a country's two-letter code such as GB, US or AU, not "${code ?? ''}"`);
    } else return fail(`unknown option "${option}"`);
  }

  if (mode === 'jsonl') {
    await assessJsonLines(deps.stdin, deps.stdout, policy);
    return exitCodes.ok;
  }
  if (mode === 'json') {
    let text: string;
    try {
      text = file === '-' ? await readAll(deps.stdin) : await deps.readFile(file!);
    } catch (error) {
      deps.stderr.write(`aftercare: cannot read ${file}: ${(error as Error).message}\n`);
      return exitCodes.cannotRead;
    }
    const outcome = assessText(text, policy);
    deps.stdout.write(JSON.stringify(bodyOf(outcome), null, 2) + '\n');
    if (outcome.ok) return exitCodes.ok;
    deps.stderr.write(`aftercare: refused (${outcome.error.code}): ${outcome.error.toLine()}\n`);
    return exitCodes.refused;
  }
  const spoken = deps.language ? regionOfLanguages(deps.language.split('.')[0]!.replace('_', '-')) : null;
  // Where the person is before what their computer speaks: a UK computer set to US English still gets 999.
  const emergency = emergencyNumberFor(country ?? regionOfZone(timeZone) ?? spoken);
  return interview({
    input: deps.stdin,
    output: deps.stdout,
    now: deps.now,
    timeZone,
    isTerminal: deps.isTerminal,
    policy,
    emergency,
    t: translator('en'),
  });
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
