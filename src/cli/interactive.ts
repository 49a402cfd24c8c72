// `assess` at a terminal: the red-flag questions first, stopping at once on any emergency answer, then the rest.
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { parseReport } from '../contract/validate.ts';
import { AppError } from '../contract/errors.ts';
import { assess, type FullAssessment } from '../engine/assess.ts';
import { emergencyNumbers } from '../knowledge/actions.ts';
import { notADiagnosis } from '../knowledge/levels.ts';
import { questionnaire, reportFrom, reportSoFar, type Answers, type Question } from '../knowledge/questionnaire.ts';
import { renderText } from '../present/text.ts';
import { withOffset } from '../present/time.ts';
import { readWhen } from './when.ts';

export interface TerminalDeps {
  readonly input: Readable;
  readonly output: Writable;
  readonly now: () => Date;
  readonly timeZone: string;
  readonly isTerminal: boolean;
}

type Reading = { value: unknown } | { problem: string };

const yes = new Set(['y', 'yes']);
const no = new Set(['n', 'no']);

function optionsLine(question: Question): string {
  const items = (question.options ?? []).map(([, label], k) => `${k + 1}) ${label}`);
  // Short options fit on one line; long ones read better one per line.
  return items.join('   ').length <= 76 ? items.join('   ') : items.join('\n  ');
}

function read(question: Question, text: string, deps: TerminalDeps): Reading {
  const said = text.trim().toLowerCase();
  const options = question.options ?? [];
  const optionAt = (token: string) => {
    const byNumber = /^\d+$/.test(token) ? options[Number(token) - 1] : undefined;
    return byNumber ?? options.find(([value]) => value === token);
  };
  if (question.optional && said === '' && question.kind !== 'choices') return { value: undefined };
  switch (question.kind) {
    case 'yes-no':
      if (yes.has(said)) return { value: true };
      if (no.has(said)) return { value: false };
      return { problem: 'Please answer y (yes) or n (no).' };
    case 'choice': {
      const option = optionAt(said);
      return option ? { value: option[0] } : { problem: `Please type a number from 1 to ${options.length}.` };
    }
    case 'choices': {
      if (said === '' || said === 'none' || said === '0') return { value: [] };
      const chosen = said.split(/[\s,]+/).filter(Boolean).map(optionAt);
      if (chosen.some((option) => option === undefined)) return { problem: `Please type numbers from 1 to ${options.length}, separated by commas, or press Enter for none.` };
      return { value: [...new Set(chosen.map((option) => option![0]))] };
    }
    case 'score': {
      const score = Number(said);
      return /^\d{1,2}$/.test(said) && score <= 10 ? { value: score } : { problem: 'Please type a whole number from 0 to 10.' };
    }
    case 'instant': {
      const when = readWhen(text, deps.now(), deps.timeZone);
      return 'instant' in when ? { value: when.instant } : when;
    }
  }
}

function promptOf(question: Question): string {
  const lines = [`\n${question.prompt}`];
  if (question.hint) lines.push(`  ${question.hint}`);
  if (question.kind === 'yes-no') lines.push('  (y/n)');
  else if (question.options) lines.push(`  ${optionsLine(question)}`);
  if (question.kind === 'choices') lines.push('  Type the numbers, separated by commas, or press Enter for none.');
  else if (question.optional) lines.push('  Press Enter to skip.');
  if (question.kind === 'score') lines.push('  (0-10)');
  return lines.join('\n') + '\n> ';
}

/** Runs the questionnaire; resolves to the exit code. */
export async function interview(deps: TerminalDeps): Promise<number> {
  const { output } = deps;
  const say = (text: string) => output.write(text);
  const terminal = createInterface({ input: deps.input, output: deps.isTerminal ? output : undefined, terminal: deps.isTerminal });
  // Ctrl-C ends the questionnaire the same way the end of input does.
  terminal.on('SIGINT', () => terminal.close());
  const lines = terminal[Symbol.asyncIterator]();
  const stopped = () => {
    say('\nStopped. Nothing was saved.\n');
    return 130;
  };

  say(
    'Aftercare: lower back pain after a massage\n\n' +
      `${notADiagnosis}\n\n` +
      `If you have lost control of your bladder or bowels, cannot pee, feel numb between your legs, or both legs are weak, ` +
      `stop now and call the emergency number (${emergencyNumbers}).\n`,
  );

  const answers: Answers = {};
  const at = () => withOffset(deps.now(), deps.timeZone);
  try {
    for (const section of questionnaire) {
      say(`\n-- ${section.title} --\n${section.intro}\n`);
      for (const question of section.questions) {
        for (;;) {
          say(promptOf(question));
          const next = await lines.next();
          if (next.done) return stopped();
          const reading = read(question, next.value, deps);
          if ('problem' in reading) {
            say(`${reading.problem}\n`);
            continue;
          }
          if (reading.value !== undefined) answers[question.path] = reading.value;
          break;
        }
        // The engine itself decides whether the answers so far already mean an emergency.
        const now = at();
        const sofar = assess(reportSoFar(answers, now));
        if (sofar.level === 'emergency') {
          say('\n' + renderText(sofar, deps.timeZone, now));
          return 0;
        }
      }
    }
    const report = reportFrom(answers, at());
    let assessment: FullAssessment;
    try {
      assessment = assess(parseReport(report));
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      say(`\n${error.toLine()}\n`);
      return 2;
    }
    say('\n' + renderText(assessment, deps.timeZone, String(report.reportedAt)));
    return 0;
  } finally {
    terminal.close();
  }
}
