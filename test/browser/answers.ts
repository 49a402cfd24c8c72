// A vignette's report as the form fields of each questionnaire step, and how to fill them in a browser, with or
// without scripts: the tick-list, and the follow-ups once the answers make them appear.
import type { Page } from 'playwright-core';
import type { Report } from '../../src/contract/types.ts';
import type { Section } from '../../src/knowledge/questionnaire.ts';
import { steps } from '../../src/web/draft.ts';

export type StepFields = Record<string, string | string[]>;

function get(report: Report, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], report);
}

/** The fields of one step, as a person would choose them for this report (times in UTC); follow-ups only if given. */
export function fieldsFor(section: Section, report: Report): StepFields {
  const fields: StepFields = {};
  for (const question of section.questions) {
    if (question.items) {
      // A follow-up tick-list not answered is not asked for this report.
      if (question.followUp && question.items.every(([path]) => get(report, path) === undefined)) continue;
      const ticked = question.items.filter(([path]) => get(report, path) === true).map(([path]) => path);
      fields[question.path] = ticked.length ? ticked : ['none'];
      continue;
    }
    const value = get(report, question.path);
    if (value === undefined) continue;
    if (question.kind === 'yes-no') fields[question.path] = value ? 'yes' : 'no';
    else if (question.kind === 'choices') fields[question.path] = value as string[];
    else if (question.kind === 'instant') {
      // As a person would: "Today", "Yesterday" or "2 days ago" and a time, else the date picker ("Another day").
      const wall = new Date(value as string).toISOString().slice(0, 16);
      const daysAgo = (Date.parse(report.reportedAt.slice(0, 10)) - Date.parse(wall.slice(0, 10))) / 86_400_000;
      const recent = ['today', 'yesterday', '2-days-ago'][daysAgo];
      fields[`${question.path}:day`] = recent ?? 'other';
      if (recent) fields[`${question.path}:time`] = wall.slice(11, 16);
      else fields[question.path] = wall;
      fields.timeZone = 'UTC';
    } else fields[question.path] = typeof value === 'number' ? String(value) : (value as string);
  }
  return fields;
}

/** The paths of a step's follow-ups. */
const followUpPaths = new Set(steps.flatMap((section) => section.questions.filter((q) => q.followUp).map((q) => q.path)));

/** Fills a step's fields; a follow-up is filled once it is on screen (with scripts it appears as the answers are given). */
export async function fillStep(page: Page, fields: StepFields, { followUps = true } = {}): Promise<void> {
  for (const [name, value] of Object.entries(fields)) {
    if (followUpPaths.has(name)) continue;
    if (name === 'timeZone') {
      // The zone is changed only on request: open "Change time zone" when it is not already the one wanted.
      const select = page.locator('select[name="timeZone"]');
      if ((await select.inputValue()) === value) continue;
      await page.getByText('Change time zone').click();
      await select.selectOption(value);
    } else if (name === 'massage.endedAt' || name === 'massage.endedAt:time') await page.fill(`input[name="${name}"]`, value as string);
    else for (const v of Array.isArray(value) ? value : [value]) await page.check(`input[name="${name}"][value="${v}"]`);
  }
  if (!followUps) return;
  for (const [name, value] of Object.entries(fields)) {
    if (!followUpPaths.has(name)) continue;
    for (const v of Array.isArray(value) ? value : [value]) {
      const option = page.locator(`input[name="${name}"][value="${v}"]`);
      // Shown now (scripts, or the server showed it); when it is not, it is not asked yet, and the server will say.
      if (await option.isVisible()) await option.check();
    }
  }
}

/** Sends a step with its button, and waits for the answer's page. */
export async function send(page: Page, label?: string): Promise<void> {
  const button = label
    ? page.getByRole('button', { name: label })
    : page.getByRole('button', { name: /^(Continue|See my result|Save this check-in)$/ });
  await Promise.all([page.waitForEvent('framenavigated', (frame) => frame === page.mainFrame()), button.click()]);
  await page.waitForLoadState('load');
}

/**
 * Walks every step for a report and submits; returns after the last page. Without scripts, a step that asks
 * follow-ups comes back with them shown, and is filled and sent again.
 */
export async function completeFlow(page: Page, base: string, report: Report): Promise<void> {
  await page.goto(`${base}/check/red-flags`);
  for (const section of steps) {
    const fields = fieldsFor(section, report);
    await fillStep(page, fields);
    await send(page);
    for (let again = 0; again < 3 && new URL(page.url()).pathname === `/check/${section.id}`; again++) {
      await fillStep(page, fields);
      await send(page);
    }
  }
}
