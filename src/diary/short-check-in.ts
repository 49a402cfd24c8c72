// The short check-in's form answers read into a report's: each sign of the tick-list gives its answer (its question's
// when ticked, its calm one when not), and the answers the policy lets a check-in carry come from the last one.
import { carriedPaths, checkInSigns, tickOf } from '../knowledge/check-in.ts';
import { answerAt, type Answers, type Question } from '../knowledge/questionnaire.ts';

const signPaths = new Set(checkInSigns.map((sign) => sign.path));
const ticks = new Set(checkInSigns.map(tickOf));

/**
 * The report's answers of a short check-in: the score, the trend and the policy's follow-ups as given, each sign's
 * answer, and the carried answers of the last whole report (known, so carried either way) where the check-in did not
 * ask them again (the bleeding question, asked once of a diary kept under policy 2). With `unticked: 'absent'` a sign
 * not ticked gives no answer: a check-in stopped at an emergency answer never reads "no" into what it did not reach.
 */
export function shortCheckInAnswers(given: Answers, carriedFrom: unknown, unticked: 'calm' | 'absent'): Answers {
  const answers: Answers = {};
  for (const [path, value] of Object.entries(given)) if (!ticks.has(path) && !signPaths.has(path)) answers[path] = value;
  for (const sign of checkInSigns) {
    const tick = given[tickOf(sign)];
    if (tick === true) {
      const value = sign.detail ? given[sign.detail.path] : sign.ticked;
      if (value !== undefined) answers[sign.path] = value;
    } else if (tick === false && unticked === 'calm') answers[sign.path] = sign.calm;
  }
  for (const path of carriedPaths) {
    const value = answerAt(carriedFrom, path);
    if (value !== undefined && answers[path] === undefined) answers[path] = value;
  }
  return answers;
}

/** The questions of ticked signs: asked next, on the same page. */
export const detailsAsked = (given: Answers): Question[] =>
  checkInSigns.flatMap((sign) => (sign.detail && given[tickOf(sign)] === true ? [sign.detail] : []));

/**
 * The form answers a person whose report is `report` gives in the short check-in: the sign ticked where the report's
 * answer is not the calm one, and its question answered with the report's answer. The inverse of
 * `shortCheckInAnswers`, for the tests and for showing a check-in again.
 */
export function shortCheckInForm(report: unknown, followUps: readonly string[]): Answers {
  const form: Answers = {};
  for (const path of ['pain.severity', 'pain.trend', ...followUps]) {
    const value = answerAt(report, path);
    if (value !== undefined) form[path] = value;
  }
  for (const sign of checkInSigns) {
    const answer = answerAt(report, sign.path);
    const options = sign.detail?.options?.map(([value]) => value);
    // A choice of several answers keeps only those the sign's question offers (the alarming ones).
    const value = Array.isArray(answer) && options ? answer.filter((v: string) => options.includes(v)) : answer;
    const ticked = Array.isArray(value) ? value.length > 0 : value !== undefined && value !== sign.calm;
    form[tickOf(sign)] = ticked;
    if (ticked && sign.detail) form[sign.detail.path] = value;
  }
  return form;
}
