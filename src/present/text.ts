// An assessment as plain text for a person at a terminal, with times in their own time zone.
import type { FullAssessment } from '../engine/assess.ts';
import { callWords } from '../knowledge/actions.ts';
import { levelName } from '../knowledge/levels.ts';
import { ruleByCode, watchGroups } from '../knowledge/policy.ts';
import { callNow, type EmergencyNumber } from './emergency.ts';
import { localTime } from './time.ts';

function wrap(text: string, indent: string, width = 78): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map((l, k) => (k === 0 ? l : indent + l)).join('\n');
}

const bullet = (text: string) => `  - ${wrap(text, '    ')}`;

/**
 * The assessment in words; `reportedAt` is the report's own time, to tell what is still ahead. With `emergency`,
 * the call is to that number rather than the list of common ones.
 */
export function renderText(assessment: FullAssessment, timeZone: string, reportedAt: string, emergency?: EmergencyNumber): string {
  const at = (instant: string) => localTime(instant, timeZone);
  const { summary } = assessment;
  const out: string[] = [];
  out.push(`== ${levelName[assessment.level].toUpperCase()}: ${summary.title} ==`, '', wrap(summary.doNow, ''), '');

  if (assessment.level === 'emergency') {
    const fired = assessment.reasons.flatMap((reason) => {
      const rule = ruleByCode.get(reason.code);
      return rule ? [rule] : [];
    });
    for (const action of assessment.plan.actions)
      out.push(wrap(action.code === 'call-emergency' && emergency ? callWords(`${callNow(emergency)} now`, fired) : action.text, ''), '');
  }
  out.push('Why:');
  for (const reason of assessment.reasons) out.push(bullet(reason.explanation));
  out.push('');

  if (assessment.level !== 'emergency') {
    out.push('Your plan:');
    for (const action of assessment.plan.actions) {
      const until =
        typeof action.until !== 'string'
          ? ''
          : Date.parse(action.until) > Date.parse(reportedAt)
            ? ` (until ${at(action.until)})`
            : ` (that time has passed: ${at(action.until)})`;
      out.push(bullet(action.text + until));
    }
    out.push('');
    const { timeline } = assessment;
    out.push(
      'What to expect:',
      bullet(`Soreness after a massage is usually worst between ${at(timeline.peakFrom)} and ${at(timeline.peakUntil)}, then eases.`),
      bullet(`Hard exercise is fine again from ${at(timeline.strenuousExerciseFrom)}.`),
    );
    if (timeline.recheckAt)
      out.push(bullet(`Check again on ${at(timeline.recheckAt)}. If it is not easing by then, the advice may change.`));
    out.push('');
  }

  if (assessment.contributors.length > 0) {
    out.push('Muscles likely involved:');
    for (const contributor of assessment.contributors) out.push(bullet(contributor.explanation));
    out.push('');
  }
  for (const group of watchGroups(assessment.watchFor)) {
    out.push(`${group.heading}:`);
    for (const sign of group.signs) out.push(bullet(sign));
    out.push('');
  }
  out.push(wrap(assessment.disclaimer, ''), `Times are shown in ${timeZone}.`);
  return out.join('\n') + '\n';
}
