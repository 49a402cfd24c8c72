// One step of the questionnaire as a form that works without scripts: fieldsets, labels, and linked errors. A
// follow-up is on the page from the start; it is shown when the answers make it matter (worked out on the server,
// and again by the script as the person answers), and otherwise hidden and disabled, so it sends nothing.
import { shortCheckInAnswers } from '../../diary/short-check-in.ts';
import { isEmergency } from '../../engine/assess.ts';
import { sinceLastCheckIn } from '../../knowledge/check-in.ts';
import { wordedIn } from '../../contract/sentence.ts';
import type { MessageId, Translator } from '../../i18n/messages.ts';
import { noneOfThese, yesNoOptions, type Answers, type Question, type Section } from '../../knowledge/questionnaire.ts';
import { offsetMinutes, withOffset } from '../../present/time.ts';
import { zoneRegions } from '../../knowledge/zone-regions.ts';
import { zoneLine, zoneSelect } from './time-zone.ts';
import { steps } from '../draft.ts';
import { recentDays, type FieldError } from '../form.ts';
import { attr, html, type Markup } from '../html.ts';
import { page, type Shell } from '../layout.ts';
import { bodyMap, regionNumber } from '../svg/body-map.ts';
import type { Region } from '../../contract/types.ts';
import { errorSummary } from './error-summary.ts';

export const fieldId = (path: string) => `q-${path.replace(/\./g, '-')}`;

/**
 * Which single answers are an emergency on their own, asked of the engine once: the script sends the form at once
 * when one is chosen. (Answers that are an emergency only together, the script learns from the server.)
 */
const emergencyOption = new Map<string, Set<string>>([
  // The short check-in's tick-list: a sign that is an emergency on its own (one with a question waits for its answer).
  ...(sinceLastCheckIn.items ?? [])
    .filter(([tick]) => isEmergency(shortCheckInAnswers({ [tick]: true }, undefined, 'absent')))
    .map(([tick]) => [`${sinceLastCheckIn.path}:${tick}`, new Set([tick])] as const),
  ...steps.flatMap((section) =>
    section.questions.flatMap((question) => {
      if (question.items)
        return question.items
          .filter(([path]) => isEmergency({ [path]: true }))
          .map(([path]) => [question.path + ':' + path, new Set([path])] as const);
      const values = question.kind === 'yes-no' ? ['yes', 'no'] : (question.options ?? []).map(([v]) => v);
      const answer = (v: string) => (question.kind === 'yes-no' ? v === 'yes' : question.kind === 'choices' ? [v] : v);
      const alarming = values.filter((v) => isEmergency({ [question.path]: answer(v) }));
      return [[question.path, new Set(alarming)] as const];
    }),
  ),
]);

/** A question's answers as value and words, in `t`'s language. */
function optionsOf(question: Question, t: Translator): readonly (readonly [string, string])[] {
  const worded = (options: readonly (readonly [string, MessageId])[]) => options.map(([value, label]) => [value, t(label)] as const);
  // No before Yes, as in every question whose answers start with "No" (numbness, weak legs, pain that travels).
  if (question.kind === 'yes-no') return worded(question.options ?? yesNoOptions);
  if (question.kind === 'checklist') return worded([...(question.items ?? []), ['none', question.none ?? noneOfThese]]);
  if (question.kind === 'score') return Array.from({ length: 11 }, (_, k) => [String(k), String(k)] as const);
  return worded(question.options ?? []);
}

/** Answers short enough to sit side by side on a phone (two or three to a row) are laid out in one row. */
const inline = (question: Question, options: readonly (readonly [string, string])[]) =>
  (question.kind === 'yes-no' || question.kind === 'choice') && options.length <= 3 && options.every(([, label]) => label.length <= 16);

function isChosen(question: Question, value: string, answer: unknown, values: Answers): boolean {
  if (question.kind === 'checklist') {
    const items = question.items ?? [];
    // "None of these" is ticked when every item was answered no.
    return value === 'none' ? items.every(([path]) => values[path] === false) : values[value] === true;
  }
  if (answer === undefined) return false;
  if (question.kind === 'yes-no') return answer === (value === 'yes');
  if (question.kind === 'choices') return Array.isArray(answer) && answer.includes(value);
  return (typeof answer === 'number' ? String(answer) : answer) === value;
}

/**
 * When the massage ended: "Today", "Yesterday" or "2 days ago" and a time of day, or "Another day" with the native
 * date and time picker (shown beside them without scripts; with scripts, only once "Another day" is chosen). The
 * time zone is said as a city, and changed only on request.
 */
function endedField(
  t: Translator,
  question: Question,
  values: Answers,
  error: FieldError | undefined,
  timeZone: string,
  now: Date | undefined,
  country: string | null | undefined,
): Markup {
  const id = fieldId(question.path);
  const text = (key: string) => {
    const value = values[`${question.path}:${key}`];
    return typeof value === 'string' ? value : undefined;
  };
  // A saved answer is shown as the day and time it was given as, when the day is one of the recent ones.
  const answer = values[question.path];
  const wall = typeof answer === 'string' ? wallValue(answer, timeZone) : undefined;
  const daysAgo =
    wall && now
      ? (Date.parse(`${withOffset(now, timeZone).slice(0, 10)}T00:00:00Z`) - Date.parse(`${wall.slice(0, 10)}T00:00:00Z`)) / 86_400_000
      : -1;
  const recent = recentDays.find(([, , days]) => days === daysAgo);
  const day = text('day') ?? (recent ? recent[0] : wall ? 'other' : '');
  const time = text('time') ?? (recent && wall ? wall.slice(11, 16) : '');
  const other = text('typed') ?? (!recent && wall ? wall : '');
  const days = [
    ...recentDays.map(([value, label]) => [value, t(label)] as const),
    ['other', t('questionnaire.ended-at.another-day')] as const,
  ];
  return html`<fieldset class="question when${error ? ' has-error' : ''}" id="${id}"${error ? html` aria-describedby="${id}-error"` : ''}>
  <legend class="question-label">${t(question.prompt)}</legend>
  ${error ? errorLineOf(t, id, error) : ''}
  <div class="options options-inline" data-when-day>
  ${days.map(
    ([value, label], k) => html`<div class="option">
    <input type="radio" id="${id}-day-${k}" name="${question.path}:day" value="${value}"${attr('checked', day === value)}>
    <label for="${id}-day-${k}">${label}</label>
  </div>`,
  )}
  </div>
  <div class="when-time" data-when-time>
    <label class="small-label" for="${id}-time">${t('questionnaire.ended-at.time')}</label>
    <input class="input-time" type="time" id="${id}-time" name="${question.path}:time" value="${time}"${attr('aria-invalid="true"', Boolean(error))}>
  </div>
  <div class="when-other" data-when-other>
    <label class="small-label" for="${id}-other">${t('questionnaire.ended-at.other')}</label>
    <input class="input-datetime" type="datetime-local" id="${id}-other" name="${question.path}" value="${other}"${attr('aria-invalid="true"', Boolean(error))}>
  </div>
  ${zoneLine(`${id}-zone`, timeZone, country, t)}
</fieldset>`;
}

/**
 * A time zone chooser named `timeZone`. Where the zone is still to be chosen, the script sets it to the browser's
 * own; a zone already saved (`followBrowser: false`) is left as it is. The label comes worded by the caller; without
 * one it is "Time zone" in `t`'s language (English for the callers that do not pass their reader's translator yet).
 */
export function timeZoneSelect(t: Translator, id: string, selected: string, label?: string, followBrowser = true): Markup {
  return html`<label class="small-label" for="${id}">${label ?? t('questionnaire.time-zone.label')}</label>
  ${zoneSelect(t, id, selected, zoneRegions.get(selected), followBrowser)}`;
}

/** A field's error under its label: "Error:" is said to screen readers only, the red line shows it to everyone. */
const errorLineOf = (t: Translator, id: string, error: FieldError) =>
  html`<p class="error-message" id="${id}-error"><span class="visually-hidden">${t('questionnaire.step.error-prefix')}</span> ${wordedIn(t, error.message)}</p>`;

const mapCaption = 'questionnaire.step.map-caption' satisfies MessageId;

/** The wall-clock value of a datetime-local input for an instant, in the person's zone. */
function wallValue(instant: string, timeZone: string): string {
  const ms = Date.parse(instant);
  return new Date(ms + offsetMinutes(ms, timeZone) * 60_000).toISOString().slice(0, 16);
}

function field(
  t: Translator,
  question: Question,
  values: Answers,
  error: FieldError | undefined,
  timeZone: string,
  asked: boolean,
  now?: Date,
  country?: string | null,
): Markup {
  const id = fieldId(question.path);
  const describedBy = [question.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const hint = question.hint ? html`<p class="hint" id="${id}-hint">${t(question.hint)}</p>` : '';
  const errorLine = error ? errorLineOf(t, id, error) : '';

  if (question.kind === 'instant') return endedField(t, question, values, error, timeZone, now, country);

  const multiple = question.kind === 'choices' || question.kind === 'checklist';
  const alarming = (value: string) =>
    question.items ? emergencyOption.get(`${question.path}:${value}`)?.has(value) : emergencyOption.get(question.path)?.has(value);
  const options = optionsOf(question, t);
  const followUp = question.followUp !== undefined;
  // A follow-up not asked is hidden and disabled (a disabled fieldset sends nothing); `shown` tells the server the
  // person had it on screen, so a blank one is an error only then.
  return html`<fieldset class="question${error ? ' has-error' : ''}${question.kind === 'score' ? ' score' : ''}${followUp ? ' follow-up' : ''}" id="${id}"${describedBy ? html` aria-describedby="${describedBy}"` : ''}${followUp ? html` data-follow-up="${question.path}"${attr('hidden', !asked)}${attr('disabled', !asked)}` : ''}>
  <legend class="question-label">${t(question.prompt)}${question.optional ? html` <span class="optional">${t('questionnaire.step.optional')}</span>` : ''}</legend>
  ${hint}${errorLine}
  ${followUp ? html`<input type="hidden" name="shown" value="${question.path}">` : ''}
  ${question.path === 'pain.regions' ? bodyMap(t, { id: 'map-regions', caption: t(mapCaption) }) : ''}
  <div class="options${question.kind === 'score' ? ' options-score' : ''}${inline(question, options) ? ` options-inline options-${options.length}` : ''}"${question.kind === 'checklist' ? html` data-exclusive="none"` : ''}>
  ${options.map(([value, label], k) => {
    const optionId = `${id}-${k}`;
    return html`<div class="option">
    <input type="${multiple ? 'checkbox' : 'radio'}" id="${optionId}" name="${question.path}" value="${value}"${attr('checked', isChosen(question, value, values[question.path], values))}${attr('data-emergency', alarming(value))}${!multiple && !question.optional ? attr('required', k === 0) : ''}${question.path === 'pain.regions' ? html` data-region="${value}"` : ''}>
    <label for="${optionId}">${question.path === 'pain.regions' ? html`<span class="region-key" aria-hidden="true">${regionNumber(value as Region)}</span> ` : ''}${label}</label>
  </div>`;
  })}
  </div>
</fieldset>`;
}

/**
 * Where it is sore and where the therapist worked, asked once: the four areas listed one time beside the numbered
 * body map, each with a tick for each question. The boxes keep their questions' names, so both answers are read
 * (and kept in the report) as they always were. Both questions are optional, so there is no error to show.
 */
function areasField(t: Translator, sore: Question, worked: Question, values: Answers): Markup {
  const id = fieldId(sore.path);
  const ticked = (question: Question, region: string) => {
    const answer = values[question.path];
    return Array.isArray(answer) && answer.includes(region);
  };
  return html`<fieldset class="question areas" id="${id}" aria-describedby="${id}-hint">
  <legend class="question-label">${t('questionnaire.areas.prompt')}</legend>
  <p class="hint" id="${id}-hint">${t('questionnaire.areas.hint')}</p>
  ${bodyMap(t, { id: 'map-regions', caption: t(mapCaption) })}
  ${(sore.options ?? []).map(([region, label], k) => {
    const areaId = `${id}-area-${k}`;
    return html`<fieldset class="area" aria-labelledby="${areaId}">
    <p class="area-name" id="${areaId}"><span class="region-key" aria-hidden="true">${regionNumber(region as Region)}</span> ${t(label)}</p>
    <div class="options options-inline">
      <div class="option"><input type="checkbox" id="${areaId}-sore" name="${sore.path}" value="${region}" data-region="${region}"${attr('checked', ticked(sore, region))}><label for="${areaId}-sore">${t('questionnaire.areas.sore')}</label></div>
      <div class="option"><input type="checkbox" id="${areaId}-worked" name="${worked.path}" value="${region}"${attr('checked', ticked(worked, region))}><label for="${areaId}-worked">${t('questionnaire.areas.worked')}</label></div>
    </div>
  </fieldset>`;
  })}
</fieldset>`;
}

export interface FormView {
  /**
   * The reader's translator: the questions, their answers and errors are worded in its language. (English when not
   * given, for the check-in page until it passes its reader's.)
   */
  readonly t: Translator;
  readonly title: string;
  readonly intro?: Markup | string;
  readonly sections: readonly Section[];
  readonly values: Answers;
  readonly errors: readonly FieldError[];
  readonly timeZone: string;
  readonly action: string;
  readonly submitLabel: string;
  readonly formId: string;
  readonly above?: Markup;
  readonly below?: Markup;
  /** Extra words under a question, by its path (e.g. the trend rule on a check-in). */
  readonly notes?: Readonly<Record<string, Markup>>;
  /** The follow-ups the answers so far make matter: shown; the others are hidden until they do. */
  readonly asked?: readonly string[];
  /** Where the script asks which follow-ups matter as the person answers (the same form, sent as it stands). */
  readonly followUpsFrom?: string;
  /** A word before the questions (more questions appeared because of the answers). */
  readonly note?: string;
  /** The clock, to show a saved time as "Yesterday, 17:00"; and the person's country, whose zones are listed first. */
  readonly now?: Date;
  readonly country?: string | null;
}

/** A form of one or more questionnaire sections, with an error summary linked to each field. */
export function questionsForm(view: FormView): Markup {
  const { t } = view;
  const errorFor = (path: string) => view.errors.find((e) => e.path === path);
  const several = view.sections.length > 1;
  const asked = new Set(view.asked ?? []);
  return html`
${errorSummary(
  view.errors.map((e) => ({ href: `#${fieldId(e.path)}`, message: wordedIn(t, e.message) })),
  t,
)}
${view.above ?? ''}
<h1>${view.title}</h1>
${view.intro ? html`<p class="intro">${view.intro}</p>` : ''}
${view.note ? html`<p class="callout" role="status">${view.note}</p>` : ''}
<form method="post" action="${view.action}" class="step-form" novalidate data-step="${view.formId}"${view.followUpsFrom ? html` data-follow-ups="${view.followUpsFrom}"` : ''}>
  ${view.sections.map(
    (section) => html`${several ? html`<h2>${t(section.title)}</h2><p class="hint">${t(section.intro)}</p>` : ''}
  ${section.questions.map((q, k) => {
    const next = section.questions[k + 1];
    if (q.path === 'massage.areasWorked' && section.questions[k - 1]?.path === 'pain.regions') return '';
    if (q.path === 'pain.regions' && next?.path === 'massage.areasWorked') return areasField(t, q, next, view.values);
    return html`${field(t, q, view.values, errorFor(q.path), view.timeZone, asked.has(q.path), view.now, view.country)}${view.notes?.[q.path] ?? ''}`;
  })}`,
  )}
  <div class="actions">
    <button class="button" type="submit">${view.submitLabel}</button>
    ${view.below ?? ''}
  </div>
</form>`;
}

/** A section's id as an ICU select's key, which cannot hold a hyphen: `red-flags` is `redFlags`. */
const selectorOf = (id: string) => id.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());

export interface StepView {
  readonly shell: Shell;
  readonly section: Section;
  readonly values: Answers;
  readonly errors: readonly FieldError[];
  readonly timeZone: string;
  readonly asked: readonly string[];
  readonly note?: string;
  readonly now?: Date;
  readonly country?: string | null;
}

export function stepPage({ shell, section, values, errors, timeZone, asked, note, now, country }: StepView): string {
  const { t } = shell;
  const index = steps.indexOf(section);
  const previous = steps[index - 1];
  const title = t(section.title);
  const body = questionsForm({
    t,
    title,
    intro: t(section.intro),
    sections: [section],
    values,
    errors,
    timeZone,
    action: `/check/${section.id}`,
    formId: section.id,
    asked,
    ...(note ? { note } : {}),
    ...(now ? { now } : {}),
    country: country ?? null,
    ...(section.questions.some((q) => q.followUp) ? { followUpsFrom: `/check/${section.id}/follow-ups` } : {}),
    submitLabel: t(index === steps.length - 1 ? 'questionnaire.step.see-result' : 'questionnaire.step.continue'),
    above: html`<p class="progress">${t('questionnaire.step.progress', { step: index + 1, steps: steps.length })}</p>`,
    below: previous
      ? html`<a class="link-back" href="/check/${previous.id}">${t('questionnaire.step.back', { section: selectorOf(previous.id) })}</a>`
      : undefined,
  });
  return page({ shell, title: errors.length ? t('questionnaire.step.error-title', { title }) : title, body });
}
