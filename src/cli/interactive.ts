// `assess` at a terminal: the red-flag questions first (with the policy's tick-list), stopping at once on any emergency
// answer; then the rest, and the policy's follow-ups only when they apply.
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { AppError } from '../contract/errors.ts';
import type { Assessment, PolicyVersion } from '../contract/types.ts';
import { assessValue } from '../engine/assess-text.ts';
import { emergencyFrom, followUpsDue, policies } from '../engine/assess.ts';
import type { Translator } from '../i18n/messages.ts';
import { notADiagnosis } from '../knowledge/levels.ts';
import { currentVersion, emergencySigns } from '../knowledge/policy.ts';
import { reportFrom, type Answers, type Question } from '../knowledge/questionnaire.ts';
import { callNow, fallbackNumber, regionName, type EmergencyNumber } from '../present/emergency.ts';
import { renderText } from '../present/text.ts';
import { withOffset } from '../present/time.ts';
import { readWhen } from './when.ts';

export interface TerminalDeps {
  readonly input: Readable;
  readonly output: Writable;
  readonly now: () => Date;
  readonly timeZone: string;
  readonly isTerminal: boolean;
  readonly policy?: PolicyVersion;
  /** The number to give (`--country`, else this computer's language or time zone). */
  readonly emergency?: EmergencyNumber;
  /** The language of the advice (`--lang`, else this computer's language). */
  readonly t: Translator;
}

type Reading = { value: unknown } | { problem: string };

const yes = new Set(['y', 'yes']);
const no = new Set(['n', 'no']);

function optionsLine(question: Question): string {
  const choices =
    question.kind === 'checklist'
      ? [...(question.items ?? []), ['none', question.none ?? 'None of these'] as const]
      : (question.options ?? []);
  const items = choices.map(([, label], k) => `${k + 1}) ${label}`);
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
    case 'yes-no': {
      // A yes-no question in its own words ("one leg", "both legs") is answered by number too.
      const worded = question.options && /^[12]$/.test(said) ? question.options[Number(said) - 1]![0] : undefined;
      if (yes.has(said) || worded === 'yes') return { value: true };
      if (no.has(said) || worded === 'no') return { value: false };
      return { problem: question.options ? 'Please type 1 or 2.' : 'Please answer y (yes) or n (no).' };
    }
    case 'checklist': {
      const items = question.items ?? [];
      const chosen = said
        .split(/[\s,]+/)
        .filter(Boolean)
        .map(Number);
      const none = items.length + 1;
      if (chosen.length === 0 || chosen.some((k) => !Number.isInteger(k) || k < 1 || k > none)) {
        return { problem: `Please type the numbers of the ones you have had, separated by commas, or ${none} for none of these.` };
      }
      if (chosen.includes(none) && chosen.length > 1) return { problem: `${none} means none of these: type it alone, or only the others.` };
      return { value: Object.fromEntries(items.map(([path], k) => [path, chosen.includes(k + 1)])) };
    }
    case 'choice': {
      const option = optionAt(said);
      return option ? { value: option[0] } : { problem: `Please type a number from 1 to ${options.length}.` };
    }
    case 'choices': {
      if (said === '' || said === 'none' || said === '0') return { value: [] };
      const chosen = said
        .split(/[\s,]+/)
        .filter(Boolean)
        .map(optionAt);
      if (chosen.some((option) => option === undefined))
        return { problem: `Please type numbers from 1 to ${options.length}, separated by commas, or press Enter for none.` };
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
  if (question.kind === 'yes-no' && !question.options) lines.push('  (y/n)');
  else if (question.options || question.items) lines.push(`  ${optionsLine(question)}`);
  if (question.kind === 'choices') lines.push('  Type the numbers, separated by commas, or press Enter for none.');
  if (question.kind === 'checklist') lines.push('  Type the numbers, separated by commas.');
  else if (question.optional) lines.push('  Press Enter to skip.');
  if (question.kind === 'score') lines.push('  (0-10)');
  return lines.join('\n') + '\n> ';
}

/** Runs the questionnaire; resolves to the exit code. */
export async function interview(deps: TerminalDeps): Promise<number> {
  const { output } = deps;
  const version = deps.policy ?? currentVersion;
  const policy = policies[version];
  const say = (text: string) => output.write(text);
  const number = deps.emergency ?? fallbackNumber;
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
      `${deps.t(notADiagnosis)}\n\n` +
      `If you have back pain and any of these, stop now: ${callNow(number, deps.t).toLowerCase()}${
        number.region
          ? ` (the number in ${regionName(number.region, deps.t.language)}; --country to change it)`
          : " (--country gives your country's number)"
      }.\n` +
      emergencySigns(deps.t, policy)
        .map((sign) => `  - ${sign}\n`)
        .join(''),
  );

  const answers: Answers = {};
  const at = () => withOffset(deps.now(), deps.timeZone);
  /** Asks until the answer reads; false at the end of input. */
  async function ask(question: Question): Promise<boolean> {
    for (;;) {
      say(promptOf(question));
      const next = await lines.next();
      if (next.done) return false;
      const reading = read(question, next.value, deps);
      if ('problem' in reading) {
        say(`${reading.problem}\n`);
        continue;
      }
      if (question.kind === 'checklist') Object.assign(answers, reading.value);
      else if (reading.value !== undefined) answers[question.path] = reading.value;
      return true;
    }
  }
  /** The policy's own rules decide whether the answers so far already mean an emergency. */
  const emergency = () => emergencyFrom(answers, policy, deps.t);
  const show = (assessment: Assessment, reportedAt: string) =>
    say('\n' + renderText(assessment, deps.t, deps.timeZone, reportedAt, number));
  try {
    for (const section of policy.questionnaire) {
      say(`\n-- ${section.title} --\n${section.intro}\n`);
      for (const question of section.questions) {
        // Follow-ups come after the rest of the section, and only those the answers so far make matter.
        if (question.followUp) continue;
        if (!(await ask(question))) return stopped();
        const urgent = emergency();
        if (urgent) {
          show(urgent, at());
          return 0;
        }
      }
      // One at a time: an answer can make another follow-up matter (cancer, then night pain).
      for (let due = followUpsDue(answers, at(), policy); due.length > 0; due = followUpsDue(answers, at(), policy)) {
        if (!(await ask(due[0]!))) return stopped();
        const urgent = emergency();
        if (urgent) {
          show(urgent, at());
          return 0;
        }
      }
    }
    const reportedAt = at();
    try {
      show(assessValue(reportFrom(answers, reportedAt), version, deps.t), reportedAt);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      say(`\n${error.toLine()}\n`);
      return 2;
    }
    return 0;
  } finally {
    terminal.close();
  }
}
