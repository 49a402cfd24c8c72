// The four regions of the lower back as an SVG seen from behind, labelled for screen readers.
import type { Region } from '../../contract/types.ts';
import { regionOrder, regions } from '../../knowledge/regions.ts';
import { html, type Markup } from '../html.ts';

/** Simple shapes on a back seen from behind; the psoas lies deep in front, so it is drawn dashed. */
const shapes: Record<Region, string> = {
  'quadratus-lumborum': 'M62 92 L88 90 L90 140 L64 146 Z M178 90 L204 92 L202 146 L176 140 Z',
  psoas: 'M104 118 L122 118 L118 190 L100 196 Z M144 118 L162 118 L166 196 L148 190 Z',
  'erector-spinae': 'M112 30 L128 30 L128 160 L112 164 Z M138 30 L154 30 L154 164 L138 160 Z',
  'sacroiliac-joint': 'M96 170 L120 176 L118 200 L94 194 Z M146 176 L170 170 L172 194 L148 200 Z',
};

export function bodyMap(options: { highlighted?: readonly Region[]; id: string; caption: string }): Markup {
  const lit = new Set(options.highlighted ?? []);
  const described = regionOrder.map((r) => `${regions[r].name}${lit.has(r) ? ' (highlighted)' : ''}`).join(', ');
  return html`<figure class="body-map">
<svg viewBox="0 0 266 220" role="img" aria-labelledby="${options.id}-title ${options.id}-desc" focusable="false">
  <title id="${options.id}-title">${options.caption}</title>
  <desc id="${options.id}-desc">The lower back seen from behind, with four areas marked: ${described}.</desc>
  <path class="body-outline" d="M70 10 Q133 0 196 10 L214 120 Q222 190 200 214 L66 214 Q44 190 52 120 Z"/>
  <line class="spine" x1="133" y1="12" x2="133" y2="200"/>
  ${regionOrder.map(
    (region) =>
      html`<path class="region region-${region}${lit.has(region) ? ' is-lit' : ''}" data-region="${region}" d="${shapes[region]}"><title>${regions[region].name}</title></path>`,
  )}
</svg>
<figcaption>${options.caption}</figcaption>
</figure>`;
}
