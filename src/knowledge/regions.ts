// The muscles and joint of the lower back a massage often works, explained for a lay reader.
import type { Region } from '../contract/types.ts';
import type { SourceId } from './sources.ts';

export interface RegionFacts {
  readonly name: string;
  readonly explanation: string;
  readonly source: SourceId;
}

export const regions: Readonly<Record<Region, RegionFacts>> = {
  'quadratus-lumborum': {
    name: 'Quadratus lumborum (QL)',
    explanation:
      'The quadratus lumborum, or QL, is a deep muscle on each side of the lower back. It links the top of the hip bone to the lowest rib. ' +
      'It is often tight, and firm work on it can leave it sore for a few days.',
    source: 'seed:sensitive-areas',
  },
  psoas: {
    name: 'Psoas',
    explanation:
      'The psoas is the deepest muscle in the body. It runs from the lower spine, through the pelvis, to the top of the thigh bone. ' +
      'Long hours of sitting can shorten it, and deep work on it can leave the lower back and the front of the hip sore.',
    source: 'seed:sensitive-areas',
  },
  'erector-spinae': {
    name: 'Erector spinae',
    explanation:
      'The erector spinae are long muscles running up both sides of the spine. When the QL or psoas is tight, ' +
      'these muscles work harder to keep the spine steady, so they often end up tender as well.',
    source: 'seed:sensitive-areas',
  },
  'sacroiliac-joint': {
    name: 'Sacroiliac (SI) joint',
    explanation:
      'The sacroiliac, or SI, joint is where the bottom of the spine meets the pelvis, low down on each side. ' +
      'Pressure around it can make the area more sensitive for a little while.',
    source: 'seed:sensitive-areas',
  },
};

export const regionOrder = Object.keys(regions) as Region[];

/** Muscles that take over the load when a listed one is tight (TRIAGE.md, Contributors). */
export const compensatedBy: Partial<Record<Region, Region>> = {
  'quadratus-lumborum': 'erector-spinae',
  psoas: 'erector-spinae',
};
