// Keeps stray files out of the repository (part of `npm run lint`, so of CI): scratch scripts, editor and merge
// leftovers, logs and temporary folders that were committed by accident. Lists each one found and fails.
import { execFileSync } from 'node:child_process';

const stray = [/\.tmp\./, /\.orig$/, /\.rej$/, /\.log$/, /(^|\/)tmp\//, /~$/, /\.swp$/, /(^|\/)\.DS_Store$/];

const tracked = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean);
const found = tracked.filter((path) => stray.some((pattern) => pattern.test(path)));
if (found.length > 0) {
  console.error(`stray files are committed (remove them, or rename them if they belong):\n${found.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
