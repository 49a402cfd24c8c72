// One step of the questionnaire as a form that works without scripts: fieldsets, labels, and linked errors. A
// follow-up is on the page from the start; it is shown when the answers make it matter (worked out on the server,
// and again by the script as the person answers), and otherwise hidden and disabled, so it sends nothing.
import { shortCheckInAnswers } from '../../diary/short-check-in.ts';
import { isEmergency } from '../../engine/assess.ts';
import { sinceLastCheckIn } from '../../knowledge/check-in.ts';
import type { Answers, Question, Section } from '../../knowledge/questionnaire.ts';
import { offsetMinutes, withOffset } from '../../present/time.ts';
import { zoneRegions } from '../../knowledge/zone-regions.ts';
import { zoneLine, zoneSelect } from './time-zone.ts';
import { steps } from '../draft.ts';
import { recentDays, type FieldError } from '../form.ts';
import { attr, html, type Markup } from '../html.ts';
import { page, englishShell } from '../layout.ts';
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

function optionsOf(question: Question): readonly (readonly [string, string])[] {
  // No before Yes, as in every question whose answers start with "No" (numbness, weak legs, pain that travels).
  if (question.kind === 'yes-no')
    return (
      question.options ?? [
        ['no', 'No'],
        ['yes', 'Yes'],
      ]
    );
  if (question.kind === 'checklist') return [...(question.items ?? []), ['none', question.none ?? 'None of these']];
  if (question.kind === 'score') return Array.from({ length: 11 }, (_, k) => [String(k), String(k)] as const);
  return question.options ?? [];
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
  const days = [...recentDays.map(([value, label]) => [value, label] as const), ['other', 'Another day'] as const];
  return html`<fieldset class="question when${error ? ' has-error' : ''}" id="${id}"${error ? html` aria-describedby="${id}-error"` : ''}>
  <legend class="question-label">${question.prompt}</legend>
  ${error ? html`<p class="error-message" id="${id}-error"><span class="visually-hidden">Error:</span> ${error.message}</p>` : ''}
  <div class="options options-inline" data-when-day>
  ${days.map(
    ([value, label], k) => html`<div class="option">
    <input type="radio" id="${id}-day-${k}" name="${question.path}:day" value="${value}"${attr('checked', day === value)}>
    <label for="${id}-day-${k}">${label}</label>
  </div>`,
  )}
  </div>
  <div class="when-time" data-when-time>
    <label class="small-label" for="${id}-time">Time it ended</label>
    <input class="input-time" type="time" id="${id}-time" name="${question.path}:time" value="${time}"${attr('aria-invalid="true"', Boolean(error))}>
  </div>
  <div class="when-other" data-when-other>
    <label class="small-label" for="${id}-other">Another day: the date and time</label>
    <input class="input-datetime" type="datetime-local" id="${id}-other" name="${question.path}" value="${other}"${attr('aria-invalid="true"', Boolean(error))}>
  </div>
  ${zoneLine(`${id}-zone`, timeZone, country)}
</fieldset>`;
}

/**
 * A time zone chooser named `timeZone`. Where the zone is still to be chosen, the script sets it to the browser's
 * own; a zone already saved (`followBrowser: false`) is left as it is.
 */
export function timeZoneSelect(id: string, selected: string, label = 'Time zone', followBrowser = true): Markup {
  return html`<label class="small-label" for="${id}">${label}</label>
  ${zoneSelect(id, selected, zoneRegions.get(selected), followBrowser)}`;
}

/** The wall-clock value of a datetime-local input for an instant, in the person's zone. */
function wallValue(instant: string, timeZone: string): string {
  const ms = Date.parse(instant);
  return new Date(ms + offsetMinutes(ms, timeZone) * 60_000).toISOString().slice(0, 16);
}

function field(
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
  const hint = question.hint ? html`<p class="hint" id="${id}-hint">${question.hint}</p>` : '';
  const errorLine = error
    ? html`<p class="error-message" id="${id}-error"><span class="visually-hidden">Error:</span> ${error.message}</p>`
    : '';

  if (question.kind === 'instant') return endedField(question, values, error, timeZone, now, country);

  const multiple = question.kind === 'choices' || question.kind === 'checklist';
  const alarming = (value: string) =>
    question.items ? emergencyOption.get(`${question.path}:${value}`)?.has(value) : emergencyOption.get(question.path)?.has(value);
  const options = optionsOf(question);
  const followUp = question.followUp !== undefined;
  // A follow-up not asked is hidden and disabled (a disabled fieldset sends nothing); `shown` tells the server the
  // person had it on screen, so a blank one is an error only then.
  return html`<fieldset class="question${error ? ' has-error' : ''}${question.kind === 'score' ? ' score' : ''}${followUp ? ' follow-up' : ''}" id="${id}"${describedBy ? html` aria-describedby="${describedBy}"` : ''}${followUp ? html` data-follow-up="${question.path}"${attr('hidden', !asked)}${attr('disabled', !asked)}` : ''}>
  <legend class="question-label">${question.prompt}${question.optional ? html` <span class="optional">(optional)</span>` : ''}</legend>
  ${hint}${errorLine}
  ${followUp ? html`<input type="hidden" name="shown" value="${question.path}">` : ''}
  ${question.path === 'pain.regions' ? bodyMap(englishShell.t, { id: 'map-regions', caption: 'The four areas of the lower back, numbered as in the list' }) : ''}
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
function areasField(sore: Question, worked: Question, values: Answers): Markup {
  const id = fieldId(sore.path);
  const ticked = (question: Question, region: string) => {
    const answer = values[question.path];
    return Array.isArray(answer) && answer.includes(region);
  };
  return html`<fieldset class="question areas" id="${id}" aria-describedby="${id}-hint">
  <legend class="question-label">Where is it sore, and where did the therapist work?</legend>
  <p class="hint" id="${id}-hint">Tick what you know, or leave it blank if you are not sure.</p>
  ${bodyMap(englishShell.t, { id: 'map-regions', caption: 'The four areas of the lower back, numbered as in the list' })}
  ${(sore.options ?? []).map(([region, label], k) => {
    const areaId = `${id}-area-${k}`;
    return html`<fieldset class="area" aria-labelledby="${areaId}">
    <p class="area-name" id="${areaId}"><span class="region-key" aria-hidden="true">${regionNumber(region as Region)}</span> ${label}</p>
    <div class="options options-inline">
      <div class="option"><input type="checkbox" id="${areaId}-sore" name="${sore.path}" value="${region}" data-region="${region}"${attr('checked', ticked(sore, region))}><label for="${areaId}-sore">Sore now</label></div>
      <div class="option"><input type="checkbox" id="${areaId}-worked" name="${worked.path}" value="${region}"${attr('checked', ticked(worked, region))}><label for="${areaId}-worked">Massaged here</label></div>
    </div>
  </fieldset>`;
  })}
</fieldset>`;
}

export interface FormView {
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
  const errorFor = (path: string) => view.errors.find((e) => e.path === path);
  const several = view.sections.length > 1;
  const asked = new Set(view.asked ?? []);
  return html`
${errorSummary(view.errors.map((e) => ({ href: `#${fieldId(e.path)}`, message: e.message })))}
${view.above ?? ''}
<h1>${view.title}</h1>
${view.intro ? html`<p class="intro">${view.intro}</p>` : ''}
${view.note ? html`<p class="callout" role="status">${view.note}</p>` : ''}
<form method="post" action="${view.action}" class="step-form" novalidate data-step="${view.formId}"${view.followUpsFrom ? html` data-follow-ups="${view.followUpsFrom}"` : ''}>
  ${view.sections.map(
    (section) => html`${several ? html`<h2>${section.title}</h2><p class="hint">${section.intro}</p>` : ''}
  ${section.questions.map((q, k) => {
    const next = section.questions[k + 1];
    if (q.path === 'massage.areasWorked' && section.questions[k - 1]?.path === 'pain.regions') return '';
    if (q.path === 'pain.regions' && next?.path === 'massage.areasWorked') return areasField(q, next, view.values);
    return html`${field(q, view.values, errorFor(q.path), view.timeZone, asked.has(q.path), view.now, view.country)}${view.notes?.[q.path] ?? ''}`;
  })}`,
  )}
  <div class="actions">
    <button class="button" type="submit">${view.submitLabel}</button>
    ${view.below ?? ''}
  </div>
</form>`;
}

export interface StepView {
  readonly section: Section;
  readonly values: Answers;
  readonly errors: readonly FieldError[];
  readonly timeZone: string;
  readonly asked: readonly string[];
  readonly note?: string;
  readonly now?: Date;
  readonly country?: string | null;
}

export function stepPage({ section, values, errors, timeZone, asked, note, now, country }: StepView): string {
  const index = steps.indexOf(section);
  const previous = steps[index - 1];
  const body = questionsForm({
    title: section.title,
    intro: section.intro,
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
    submitLabel: index === steps.length - 1 ? 'See my result' : 'Continue',
    above: html`<p class="progress">Step ${index + 1} of ${steps.length}</p>`,
    below: previous ? html`<a class="link-back" href="/check/${previous.id}">Back to ${previous.title.toLowerCase()}</a>` : undefined,
  });
  return page({ shell: englishShell, title: `${errors.length ? 'Error: ' : ''}${section.title}`, body });
}
