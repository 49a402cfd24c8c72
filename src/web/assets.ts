// The stylesheet and scripts, read once, served under names that change with their content so they cache forever.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const folder = new URL('../../public/', import.meta.url);

export interface Asset {
  readonly path: string;
  readonly body: string;
  readonly type: string;
}

function load(name: string, type: string): Asset {
  const body = readFileSync(new URL(name, folder), 'utf8');
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  const dot = name.lastIndexOf('.');
  return { path: `/assets/${name.slice(0, dot)}.${hash}${name.slice(dot)}`, body, type };
}

export const assets: Readonly<Record<string, Asset>> = {
  'app.css': load('app.css', 'text/css; charset=utf-8'),
  'app.js': load('app.js', 'text/javascript; charset=utf-8'),
  'diary.js': load('diary.js', 'text/javascript; charset=utf-8'),
  'clinic.js': load('clinic.js', 'text/javascript; charset=utf-8'),
};

export const assetPath = (name: keyof typeof assets) => assets[name]!.path;

/**
 * The scripts a page loads after app.js, by the mark on the page that each enhances: the public pages (the
 * questionnaire, the result, the emergency page) carry none, so their first visit does not transfer a diary's or a
 * clinic's code.
 */
const scriptsByMark: readonly (readonly [mark: string, script: string])[] = [
  ['data-trend-previous', 'diary.js'],
  ['data-push-reminders', 'diary.js'],
  ['data-keep-link', 'diary.js'],
  ['data-share-link', 'clinic.js'],
];

/** The marks that make a page load a script. */
export const scriptMarks: readonly string[] = scriptsByMark.map(([mark]) => mark);

/** The paths of the scripts a page whose body carries these marks loads besides app.js, each once. */
export const pageScripts = (marks: ReadonlySet<string>): string[] => [
  ...new Set(scriptsByMark.filter(([mark]) => marks.has(mark)).map(([, script]) => assetPath(script))),
];
