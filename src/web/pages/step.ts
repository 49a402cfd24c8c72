// One step of the questionnaire as a form that works without scripts: fieldsets, labels, and linked errors.
import { questionnaire, type Answers, type Question, type Section } from '../../knowledge/questionnaire.ts';
import { offsetMinutes } from '../../present/time.ts';
import type { FieldError } from '../form.ts';
import { isEmergency } from '../form.ts';
import { attr, html, type Markup } from '../html.ts';
import { page } from '../layout.ts';
import { bodyMap } from '../svg/body-map.ts';

export const fieldId = (path: string) => `q-${path.replace(/\./g, '-')}`;

/** Which answers to the red-flag questions are an emergency on their own, asked of the engine once. */
const emergencyOption = new Map<string, Set<string>>(
  questionnaire[0]!.questions.map((question) => {
    const values = question.kind === 'yes-no' ? ['yes', 'no'] : (question.options ?? []).map(([v]) => v);
    const alarming = values.filter((v) => isEmergency({ [question.path]: question.kind === 'yes-no' ? v === 'yes' : v }));
    return [question.path, new Set(alarming)] as const;
  }),
);

const timeZones = [...new Set([...Intl.supportedValuesOf('timeZone'), 'UTC'])].sort();

function optionsOf(question: Question): readonly (readonly [string, string])[] {
  if (question.kind === 'yes-no') return [['yes', 'Yes'], ['no', 'No']];
  if (question.kind === 'score') return Array.from({ length: 11 }, (_, k) => [String(k), String(k)] as const);
  return question.options ?? [];
}

function isChosen(question: Question, value: string, answer: unknown): boolean {
  if (answer === undefined) return false;
  if (question.kind === 'yes-no') return answer === (value === 'yes');
  if (question.kind === 'choices') return Array.isArray(answer) && answer.includes(value);
  return String(answer) === value;
}

/** The wall-clock value of a datetime-local input for an instant, in the person's zone. */
function wallValue(instant: string, timeZone: string): string {
  const ms = Date.parse(instant);
  return new Date(ms + offsetMinutes(ms, timeZone) * 60_000).toISOString().slice(0, 16);
}

function field(question: Question, values: Answers, error: FieldError | undefined, timeZone: string): Markup {
  const id = fieldId(question.path);
  const describedBy = [question.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const hint = question.hint ? html`<p class="hint" id="${id}-hint">${question.hint}</p>` : '';
  const errorLine = error ? html`<p class="error-message" id="${id}-error"><span class="visually-hidden">Error:</span> ${error.message}</p>` : '';

  if (question.kind === 'instant') {
    const typed = values[`${question.path}:typed`];
    const answer = values[question.path];
    const value = typeof typed === 'string' ? typed : typeof answer === 'string' ? wallValue(answer, timeZone) : '';
    return html`<div class="question${error ? ' has-error' : ''}">
  <label class="question-label" for="${id}">${question.prompt}</label>
  <p class="hint" id="${id}-hint">Your local date and time.</p>
  ${errorLine}
  <input class="input-datetime" type="datetime-local" id="${id}" name="${question.path}" value="${value}" required
    aria-describedby="${id}-hint${error ? ` ${id}-error` : ''}"${attr('aria-invalid="true"', Boolean(error))}>
  <label class="small-label" for="${id}-zone">Time zone</label>
  <select id="${id}-zone" name="timeZone" data-default-zone>
    ${timeZones.map((zone) => html`<option${attr('selected', zone === timeZone)}>${zone}</option>`)}
  </select>
</div>`;
  }

  const multiple = question.kind === 'choices';
  const alarming = emergencyOption.get(question.path);
  const options = optionsOf(question);
  return html`<fieldset class="question${error ? ' has-error' : ''}${question.kind === 'score' ? ' score' : ''}" id="${id}"${describedBy ? html` aria-describedby="${describedBy}"` : ''}>
  <legend class="question-label">${question.prompt}${question.optional ? html` <span class="optional">(optional)</span>` : ''}</legend>
  ${hint}${errorLine}
  ${question.path === 'pain.regions' ? bodyMap({ id: 'map-regions', caption: 'Where the four areas are' }) : ''}
  <div class="options${question.kind === 'score' ? ' options-score' : ''}">
  ${options.map(([value, label], k) => {
    const optionId = `${id}-${k}`;
    return html`<div class="option">
    <input type="${multiple ? 'checkbox' : 'radio'}" id="${optionId}" name="${question.path}" value="${value}"${attr('checked', isChosen(question, value, values[question.path]))}${attr('data-emergency', alarming?.has(value))}${!multiple && !question.optional ? attr('required', k === 0) : ''}${question.path === 'pain.regions' ? html` data-region="${value}"` : ''}>
    <label for="${optionId}">${label}</label>
  </div>`;
  })}
  </div>
</fieldset>`;
}

export interface StepView {
  readonly section: Section;
  readonly values: Answers;
  readonly errors: readonly FieldError[];
  readonly timeZone: string;
}

export function stepPage({ section, values, errors, timeZone }: StepView): string {
  const index = questionnaire.indexOf(section);
  const errorFor = (path: string) => errors.find((e) => e.path === path);
  const previous = questionnaire[index - 1];
  const body = html`
<p class="progress">Step ${index + 1} of ${questionnaire.length}</p>
${errors.length > 0
    ? html`<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" data-focus-on-load>
  <h2 id="error-summary-title">There is a problem</h2>
  <ul>${errors.map((e) => html`<li><a href="#${fieldId(e.path)}">${e.message}</a></li>`)}</ul>
</div>`
    : ''}
<h1>${section.title}</h1>
<p class="lead">${section.intro}</p>
${section.id === 'red-flags' ? html`<p class="callout">If any of these is happening, answer it first: we will show you what to do straight away.</p>` : ''}
<form method="post" action="/check/${section.id}" class="step-form" novalidate data-step="${section.id}">
  ${section.questions.map((q) => field(q, values, errorFor(q.path), timeZone))}
  <div class="actions">
    <button class="button" type="submit">${index === questionnaire.length - 1 ? 'See my result' : 'Continue'}</button>
    ${previous ? html`<a class="link-back" href="/check/${previous.id}">Back to ${previous.title.toLowerCase()}</a>` : ''}
  </div>
</form>`;
  return page({ title: `${errors.length ? 'Error: ' : ''}${section.title}`, body });
}
