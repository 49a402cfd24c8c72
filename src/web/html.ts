// HTML built from tagged templates that escape every interpolated value unless it is already markup.

const markup = Symbol('markup');

export interface Markup {
  readonly [markup]: true;
  readonly text: string;
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeText = (value: string) => value.replace(/[&<>"']/g, (c) => entities[c]!);

/** Trusted markup: only for text this code itself produced. */
export const raw = (text: string): Markup => ({ [markup]: true, text });

const isMarkup = (value: unknown): value is Markup => typeof value === 'object' && value !== null && markup in value;

type Interpolation = Markup | string | number | boolean | null | undefined | readonly Interpolation[];

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map(render).join('');
  if (isMarkup(value)) return value.text;
  return escapeText(typeof value === 'number' || typeof value === 'boolean' ? String(value) : (value as string));
}

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): Markup {
  let text = strings[0]!;
  values.forEach((value, k) => (text += render(value) + strings[k + 1]!));
  return raw(text);
}

/** An attribute that is present or absent, e.g. `${attr('checked', isChecked)}`. */
export const attr = (name: string, present: boolean | undefined): Markup => raw(present ? ` ${name}` : '');
