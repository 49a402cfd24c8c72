// The floor: a bare Node script that only reads each line, parses it and writes an answer of the same size.
// Usage: node bench/floor.mjs ANSWER_BYTES < reports.jsonl
import { createInterface } from 'node:readline';

const size = Number(process.argv[2] ?? 3000);
const filler = 'x'.repeat(Math.max(0, size - 20));
let buffered = [];
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  const report = JSON.parse(line);
  buffered.push(JSON.stringify({ ok: report !== null, pad: filler }));
  if (buffered.length >= 64) {
    if (!process.stdout.write(buffered.join('\n') + '\n')) await new Promise((r) => process.stdout.once('drain', r));
    buffered = [];
  }
}
process.stdout.write(buffered.length ? buffered.join('\n') + '\n' : '');
