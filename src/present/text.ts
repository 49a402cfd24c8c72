// An assessment as plain text for a person at a terminal, in their language, with times in their own time zone.
import type { FullAssessment } from '../engine/assess.ts';
import { sentences } from '../engine/words.ts';
import { languageTags } from '../i18n/languages.ts';
import type { Translator } from '../i18n/messages.ts';
import { callWords } from '../knowledge/actions.ts';
import { levelName } from '../knowledge/levels.ts';
import { ruleByCode, watchGroups } from '../knowledge/policy.ts';
import { callNowSentence, type EmergencyNumber } from './emergency.ts';
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
 * The assessment in the translator's language; `reportedAt` is the report's own time, to tell what is still ahead.
 * With `emergency`, the call is to that number rather than the list of common ones.
 */
export function renderText(
  assessment: FullAssessment,
  t: Translator,
  timeZone: string,
  reportedAt: string,
  emergency?: EmergencyNumber,
): string {
  const at = (instant: string) => localTime(instant, timeZone, t.language);
  const colon = t('engine.text.colon');
  const { summary } = assessment;
  const out: string[] = [];
  const name = levelName(assessment.level, t).toLocaleUpperCase(languageTags[t.language]);
  out.push(`== ${name}${colon} ${summary.title} ==`, '', wrap(summary.doNow, ''), '');

  if (assessment.level === 'emergency') {
    const fired = assessment.reasons.flatMap((reason) => {
      const rule = ruleByCode.get(reason.code);
      return rule ? [rule] : [];
    });
    for (const action of assessment.plan.actions)
      out.push(
        wrap(action.code === 'call-emergency' && emergency ? sentences(callWords(callNowSentence(emergency), fired), t) : action.text, ''),
        '',
      );
  }
  out.push(t('engine.text.why'));
  for (const reason of assessment.reasons) out.push(bullet(reason.explanation));
  out.push('');

  if (assessment.level !== 'emergency') {
    out.push(t('engine.text.plan'));
    for (const action of assessment.plan.actions) {
      const until =
        typeof action.until !== 'string'
          ? ''
          : ' ' +
            t(Date.parse(action.until) > Date.parse(reportedAt) ? 'engine.text.until' : 'engine.text.passed', { time: at(action.until) });
      out.push(bullet(action.text + until));
    }
    out.push('');
    const { timeline } = assessment;
    out.push(
      t('engine.text.expect'),
      bullet(t('engine.text.peak', { from: at(timeline.peakFrom), until: at(timeline.peakUntil) })),
      bullet(t('engine.text.exercise', { time: at(timeline.strenuousExerciseFrom) })),
    );
    if (timeline.recheckAt) out.push(bullet(t('engine.text.recheck', { time: at(timeline.recheckAt) })));
    out.push('');
  }

  if (assessment.contributors.length > 0) {
    out.push(t('engine.text.muscles'));
    for (const contributor of assessment.contributors) out.push(bullet(contributor.explanation));
    out.push('');
  }
  for (const group of watchGroups(assessment.watchFor, t)) {
    out.push(`${group.heading}${colon}`);
    for (const sign of group.signs) out.push(bullet(sign));
    out.push('');
  }
  out.push(wrap(assessment.disclaimer, ''), t('engine.text.times-in', { zone: timeZone }));
  return out.join('\n') + '\n';
}
