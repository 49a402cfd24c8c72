import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/messages.ts';
import { regionOrder, regions } from '../../knowledge/regions.ts';
import { bodyMap } from './body-map.ts';

describe('the body map', () => {
  it('names each area in the reader’s language, in what it shows and what a screen reader hears', () => {
    for (const language of ['es', 'fr', 'de'] as const) {
      const t = translator(language);
      const map = bodyMap(t, { id: 'map', caption: 'x', highlighted: ['psoas'] }).text;
      regionOrder.forEach((region, k) =>
        expect(map, `${language} ${region}`).toContain(`<title>${k + 1}: ${t(regions[region].name)}</title>`),
      );
      expect(map).not.toContain(translator('en')(regions['sacroiliac-joint'].name));
    }
  });
});
