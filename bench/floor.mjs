// The floor: a bare Node script that only reads each line, parses it and writes an answer of the same size.
// Usage: node bench/floor.mjs ANSWER_BYTES < reports.jsonl
import { createInterface } from 'node:readline';

const size = Number(process.argv[2] ?? 3000);
const filler = 'x'.repeat(Math.max(0, size - 20));
// Answers leave in writes of about 32 K characters, as `assess --jsonl` writes them: a string of 128 KiB or more is a
// large object to V8, each one fresh memory from the system, and on this machine that costs as much as the rest.
let buffered = [];
let written = 0;
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  const report = JSON.parse(line);
  const answer = JSON.stringify({ ok: report !== null, pad: filler });
  buffered.push(answer);
  written += answer.length + 1;
  if (written >= 32 * 1024) {
    if (!process.stdout.write(buffered.join('\n') + '\n')) await new Promise((r) => process.stdout.once('drain', r));
    buffered = [];
    written = 0;
  }
}
process.stdout.write(buffered.length ? buffered.join('\n') + '\n' : '');
