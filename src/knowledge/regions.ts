// The muscles and joint of the lower back a massage often works, explained for a lay reader.
import type { Region } from '../contract/types.ts';
import type { MessageId } from '../i18n/messages.ts';
import type { SourceId } from './sources.ts';

export interface RegionFacts {
  readonly name: MessageId;
  readonly explanation: MessageId;
  readonly source: SourceId;
}

export const regions: Readonly<Record<Region, RegionFacts>> = {
  'quadratus-lumborum': {
    name: 'engine.region.quadratus-lumborum.name',
    explanation: 'engine.region.quadratus-lumborum.explanation',
    source: 'seed:sensitive-areas',
  },
  psoas: {
    name: 'engine.region.psoas.name',
    explanation: 'engine.region.psoas.explanation',
    source: 'seed:sensitive-areas',
  },
  'erector-spinae': {
    name: 'engine.region.erector-spinae.name',
    explanation: 'engine.region.erector-spinae.explanation',
    source: 'seed:sensitive-areas',
  },
  'sacroiliac-joint': {
    name: 'engine.region.sacroiliac-joint.name',
    explanation: 'engine.region.sacroiliac-joint.explanation',
    source: 'seed:sensitive-areas',
  },
};

export const regionOrder = Object.keys(regions) as Region[];

/** Muscles that take over the load when a listed one is tight (TRIAGE.md, Contributors). */
export const compensatedBy: Partial<Record<Region, Region>> = {
  'quadratus-lumborum': 'erector-spinae',
  psoas: 'erector-spinae',
};
