// `assess --jsonl`: one answer line per input line, in order, in constant memory whatever the input's size.
import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { invalidInput, issue } from '../contract/errors.ts';
import type { PolicyVersion } from '../contract/types.ts';
import { assessText, bodyOf } from '../engine/assess-text.ts';
import type { Translator } from '../i18n/messages.ts';

/** A line longer than this is answered with an error and skipped, so one endless line cannot exhaust memory. */
export const maxLineLength = 1 << 20;

/** The answer to a line too long to read, in the translator's language. */
const tooLongIn = (t: Translator) =>
  JSON.stringify(invalidInput([issue('', 'cli.jsonl.too-long', { max: String(maxLineLength) })]).toBody(t));

export function answerLine(line: string, policy: PolicyVersion, t: Translator): string {
  const text = line.endsWith('\r') ? line.slice(0, -1) : line;
  const outcome = assessText(text, policy, t);
  return JSON.stringify(bodyOf(outcome, t));
}

/**
 * Answers leave in writes of about this many characters. A string of 128 KiB or more is a large object to V8, each one
 * fresh memory from the system: joining a whole chunk's answers (half a megabyte) cost nearly as much as assessing them.
 * Characters, not bytes: a piece with one character beyond Latin-1 (German quotation marks) takes two bytes for each.
 */
export const writeSize = 32 * 1024;

/** Every line assessed under the policy, its words in the translator's language (its codes are the same in every one). */
export async function assessJsonLines(input: Readable, output: Writable, policy: PolicyVersion, t: Translator): Promise<void> {
  input.setEncoding('utf8');
  const tooLong = tooLongIn(t);
  let pending = '';
  let skipping = false;
  let answers: string[] = [];
  let size = 0;
  const answer = (text: string) => {
    answers.push(text);
    size += text.length + 1;
  };
  const write = async () => {
    if (answers.length === 0) return;
    const text = answers.join('\n') + '\n';
    answers = [];
    size = 0;
    if (!output.write(text)) await once(output, 'drain');
  };
  for await (const chunk of input as AsyncIterable<string>) {
    let start = 0;
    for (let end = chunk.indexOf('\n'); end !== -1; end = chunk.indexOf('\n', start)) {
      if (skipping) skipping = false;
      else {
        const line = pending + chunk.slice(start, end);
        answer(line.length > maxLineLength ? tooLong : answerLine(line, policy, t));
        if (size >= writeSize) await write();
      }
      pending = '';
      start = end + 1;
    }
    if (!skipping) {
      pending += chunk.slice(start);
      if (pending.length > maxLineLength) {
        answer(tooLong);
        pending = '';
        skipping = true;
      }
    }
    // What is left of a chunk's answers goes out with it: each answer leaves as soon as its line has arrived.
    await write();
  }
  if (!skipping && pending.length > 0) answer(answerLine(pending, policy, t));
  await write();
}
