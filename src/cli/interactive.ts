// `assess` at a terminal: the red-flag questions first (with the policy's tick-list), stopping at once on any emergency
// answer; then the rest, and the policy's follow-ups only when they apply.
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { AppError } from '../contract/errors.ts';
import type { Assessment, PolicyVersion } from '../contract/types.ts';
import { assessValue } from '../engine/assess-text.ts';
import { emergencyFrom, followUpsDue, policies } from '../engine/assess.ts';
import { notADiagnosis } from '../knowledge/levels.ts';
import { currentVersion, emergencySigns } from '../knowledge/policy.ts';
import type { Translator } from '../i18n/messages.ts';
import { noneOfThese, reportFrom, type Answers, type Question } from '../knowledge/questionnaire.ts';
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
  /** The language the questions are asked in (`--lang`, else the computer's). */
  readonly t: Translator;
}

type Reading = { value: unknown } | { problem: string };

/** The words that answer yes or no: English's always, and the language's own ("s", "sí"; "j", "ja"). */
const answerWords = (t: Translator, id: 'questionnaire.terminal.yes-words' | 'questionnaire.terminal.no-words', english: string[]) =>
  new Set([...english, ...t(id).toLocaleLowerCase().split(/\s+/).filter(Boolean)]);

function optionsLine(question: Question, t: Translator): string {
  const choices =
    question.kind === 'checklist' ? [...(question.items ?? []), ['none', question.none ?? noneOfThese] as const] : (question.options ?? []);
  const items = choices.map(([, label], k) => `${k + 1}) ${t(label)}`);
  // Short options fit on one line; long ones read better one per line.
  return items.join('   ').length <= 76 ? items.join('   ') : items.join('\n  ');
}

function read(question: Question, text: string, deps: TerminalDeps): Reading {
  const { t } = deps;
  const said = text.trim().toLocaleLowerCase();
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
      if (answerWords(t, 'questionnaire.terminal.yes-words', ['y', 'yes']).has(said) || worded === 'yes') return { value: true };
      if (answerWords(t, 'questionnaire.terminal.no-words', ['n', 'no']).has(said) || worded === 'no') return { value: false };
      return { problem: t(question.options ? 'questionnaire.terminal.type-1-or-2' : 'questionnaire.terminal.yes-or-no') };
    }
    case 'checklist': {
      const items = question.items ?? [];
      const chosen = said
        .split(/[\s,]+/)
        .filter(Boolean)
        .map(Number);
      const none = items.length + 1;
      if (chosen.length === 0 || chosen.some((k) => !Number.isInteger(k) || k < 1 || k > none)) {
        return { problem: t('questionnaire.terminal.type-ticks', { none: String(none) }) };
      }
      if (chosen.includes(none) && chosen.length > 1) return { problem: t('questionnaire.terminal.none-alone', { none: String(none) }) };
      return { value: Object.fromEntries(items.map(([path], k) => [path, chosen.includes(k + 1)])) };
    }
    case 'choice': {
      const option = optionAt(said);
      return option ? { value: option[0] } : { problem: t('questionnaire.terminal.type-a-number', { count: String(options.length) }) };
    }
    case 'choices': {
      if (said === '' || said === 'none' || said === '0') return { value: [] };
      const chosen = said
        .split(/[\s,]+/)
        .filter(Boolean)
        .map(optionAt);
      if (chosen.some((option) => option === undefined))
        return { problem: t('questionnaire.terminal.type-numbers', { count: String(options.length) }) };
      return { value: [...new Set(chosen.map((option) => option![0]))] };
    }
    case 'score': {
      const score = Number(said);
      return /^\d{1,2}$/.test(said) && score <= 10 ? { value: score } : { problem: t('questionnaire.terminal.type-a-score') };
    }
    case 'instant': {
      const when = readWhen(text, deps.now(), deps.timeZone, t);
      return 'instant' in when ? { value: when.instant } : when;
    }
  }
}

function promptOf(question: Question, t: Translator): string {
  const lines = [`\n${t(question.prompt)}`];
  if (question.hint) lines.push(`  ${t(question.hint)}`);
  if (question.kind === 'yes-no' && !question.options) lines.push(`  ${t('questionnaire.terminal.y-n')}`);
  else if (question.options || question.items) lines.push(`  ${optionsLine(question, t)}`);
  if (question.kind === 'choices') lines.push(`  ${t('questionnaire.terminal.choices')}`);
  if (question.kind === 'checklist') lines.push(`  ${t('questionnaire.terminal.checklist')}`);
  else if (question.optional) lines.push(`  ${t('questionnaire.terminal.skip')}`);
  if (question.kind === 'score') lines.push(`  ${t('questionnaire.terminal.score')}`);
  return lines.join('\n') + '\n> ';
}

/** Runs the questionnaire; resolves to the exit code. */
export async function interview(deps: TerminalDeps): Promise<number> {
  const { output, t } = deps;
  const version = deps.policy ?? currentVersion;
  const policy = policies[version];
  const say = (text: string) => output.write(text);
  const number = deps.emergency ?? fallbackNumber;
  const terminal = createInterface({ input: deps.input, output: deps.isTerminal ? output : undefined, terminal: deps.isTerminal });
  // Ctrl-C ends the questionnaire the same way the end of input does.
  terminal.on('SIGINT', () => terminal.close());
  const lines = terminal[Symbol.asyncIterator]();
  const stopped = () => {
    say(`\n${t('questionnaire.terminal.stopped')}\n`);
    return 130;
  };

  say(
    `${t('questionnaire.terminal.title')}\n\n` +
      `${t(notADiagnosis)}\n\n` +
      `${t('questionnaire.terminal.stop-now', {
        call: callNow(number, t).toLowerCase(),
        where: number.region ? 'known' : 'unknown',
        region: number.region ? regionName(number.region, t.language) : '',
      })}\n` +
      emergencySigns(t, policy)
        .map((sign) => `  - ${sign}\n`)
        .join(''),
  );

  const answers: Answers = {};
  const at = () => withOffset(deps.now(), deps.timeZone);
  /** Asks until the answer reads; false at the end of input. */
  async function ask(question: Question): Promise<boolean> {
    for (;;) {
      say(promptOf(question, t));
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
      say(`\n-- ${t(section.title)} --\n${t(section.intro)}\n`);
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
      say(`\n${error.toLine(t)}\n`);
      return 2;
    }
    return 0;
  } finally {
    terminal.close();
  }
}
