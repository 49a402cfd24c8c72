// Counts read as people say them.
import { describe, expect, it } from 'vitest';
import { checkInCount } from './count.ts';

describe('checkInCount', () => {
  it('says one check-in, and any other number of check-ins', () => {
    expect([0, 1, 2, 11].map(checkInCount)).toEqual(['0 check-ins', '1 check-in', '2 check-ins', '11 check-ins']);
  });
});
