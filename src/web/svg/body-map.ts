// The four regions of the lower back as an SVG seen from behind: each numbered on the drawing (the number the list
// beside it uses), named for screen readers, and each with an area at least 48 units square to tap.
import type { Region } from '../../contract/types.ts';
import type { Translator } from '../../i18n/messages.ts';
import { regionOrder, regions } from '../../knowledge/regions.ts';
import { html, type Markup } from '../html.ts';

interface Shape {
  /** The region's outline on each side; the psoas lies deep in front, so it is drawn dashed. */
  readonly paths: string;
  /** Where a tap counts: rectangles that do not overlap, at least 48 × 48 units (44 px at the narrowest phone). */
  readonly areas: readonly (readonly [x: number, y: number, width: number, height: number])[];
  /** Where its number is drawn. */
  readonly badges: readonly (readonly [x: number, y: number])[];
}

const shapes: Record<Region, Shape> = {
  'quadratus-lumborum': {
    paths: 'M76 92 L112 90 L114 140 L80 146 Z M188 90 L224 92 L220 146 L186 140 Z',
    areas: [
      [68, 76, 56, 76],
      [176, 76, 56, 76],
    ],
    badges: [
      [95, 118],
      [205, 118],
    ],
  },
  psoas: {
    paths: 'M128 134 L144 134 L140 176 L124 180 Z M156 134 L172 134 L176 180 L160 176 Z',
    areas: [[124, 128, 52, 54]],
    badges: [[150, 156]],
  },
  'erector-spinae': {
    paths: 'M128 20 L144 20 L144 120 L128 124 Z M156 20 L172 20 L172 124 L156 120 Z',
    areas: [[124, 12, 52, 114]],
    badges: [[150, 64]],
  },
  'sacroiliac-joint': {
    paths: 'M104 188 L138 194 L136 224 L102 216 Z M162 194 L196 188 L198 216 L164 224 Z',
    areas: [[96, 184, 108, 48]],
    badges: [[150, 208]],
  },
};

/** The number a region has on the map and in the list beside it. */
export const regionNumber = (region: Region) => regionOrder.indexOf(region) + 1;

export function bodyMap(t: Translator, options: { highlighted?: readonly Region[]; id: string; caption: string }): Markup {
  const lit = new Set(options.highlighted ?? []);
  const described = regionOrder
    .map((r) =>
      lit.has(r)
        ? t('pages.bodyMap.areaLit', { number: regionNumber(r), name: t(regions[r].name) })
        : `${regionNumber(r)}: ${t(regions[r].name)}`,
    )
    .join(', ');
  return html`<figure class="body-map">
<svg viewBox="0 0 300 240" role="img" aria-labelledby="${options.id}-title ${options.id}-desc" focusable="false">
  <title id="${options.id}-title">${options.caption}</title>
  <desc id="${options.id}-desc">${t('pages.bodyMap.description', { areas: described })}</desc>
  <path class="body-outline" d="M80 10 Q150 0 220 10 L238 130 Q246 205 222 232 L78 232 Q54 205 62 130 Z"/>
  <line class="spine" x1="150" y1="12" x2="150" y2="228"/>
  ${regionOrder.map(
    (region) =>
      html`<g class="region region-${region}${lit.has(region) ? ' is-lit' : ''}" data-region="${region}"><title>${regionNumber(region)}: ${t(regions[region].name)}</title>
    ${shapes[region].areas.map(([x, y, width, height]) => html`<rect class="region-area" x="${x}" y="${y}" width="${width}" height="${height}"/>`)}
    <path class="region-shape" d="${shapes[region].paths}"/>
    ${shapes[region].badges.map(([x, y]) => html`<circle class="region-badge" cx="${x}" cy="${y}" r="11"/><text class="region-number" x="${x}" y="${y + 5}">${regionNumber(region)}</text>`)}
  </g>`,
  )}
</svg>
<figcaption>${options.caption}</figcaption>
</figure>`;
}
