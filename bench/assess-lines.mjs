// The measured loop of `npm run bench:instructions`: the first N lines of a JSONL file of reports, each answered as
// `assess --jsonl` answers it (parse, validate, assess, word, serialise), through the compiled code in dist/; PASSES
// times over (a second pass shows the cost once the code is compiled and every message it says is ready).
// Usage: node bench/assess-lines.mjs REPORTS.jsonl N [POLICY] [PASSES]
import { readFileSync } from 'node:fs';
import { answerLine } from '../dist/cli/json-lines.js';
import { translator } from '../dist/i18n/messages.js';

const [path, count = '0', policy = '2', passes = '1'] = process.argv.slice(2);
const lines = readFileSync(path, 'utf8').split('\n').slice(0, Number(count));
const t = translator('en');
let bytes = 0;
for (let pass = 0; pass < Number(passes); pass++) for (const line of lines) bytes += answerLine(line, policy, t).length;
console.log(`${lines.length * Number(passes)} answers, ${bytes} characters`);
