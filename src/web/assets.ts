// The stylesheet and script, read once, served under names that change with their content so they cache forever.
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
};

export const assetPath = (name: keyof typeof assets) => assets[name]!.path;
