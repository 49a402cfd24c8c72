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

/** Every line assessed under the policy, its words in the translator's language (its codes are the same in every one). */
export async function assessJsonLines(input: Readable, output: Writable, policy: PolicyVersion, t: Translator): Promise<void> {
  input.setEncoding('utf8');
  const tooLong = tooLongIn(t);
  let pending = '';
  let skipping = false;
  const write = async (answers: string[]) => {
    if (answers.length > 0 && !output.write(answers.join('\n') + '\n')) await once(output, 'drain');
  };
  for await (const chunk of input as AsyncIterable<string>) {
    // Answers for a whole chunk go out in one write: fast, yet each answer leaves as soon as its line has arrived.
    const answers: string[] = [];
    let start = 0;
    for (let end = chunk.indexOf('\n'); end !== -1; end = chunk.indexOf('\n', start)) {
      if (skipping) skipping = false;
      else {
        const line = pending + chunk.slice(start, end);
        answers.push(line.length > maxLineLength ? tooLong : answerLine(line, policy, t));
      }
      pending = '';
      start = end + 1;
    }
    if (!skipping) {
      pending += chunk.slice(start);
      if (pending.length > maxLineLength) {
        answers.push(tooLong);
        pending = '';
        skipping = true;
      }
    }
    await write(answers);
  }
  if (!skipping && pending.length > 0) await write([answerLine(pending, policy, t)]);
}
