import { describe, expect, it } from 'vitest';
import { parseParacetamolDose } from '../../src/nlu/paracetamolDose';

describe('reading the ASK-APAP amount (src/nlu/paracetamolDose)', () => {
  it.each([
    ['2 tablets of 500 mg, 4 times', { maxMgIn24h: 4000, maxTabletsIn24h: 8, tabletMg: 500 }],
    ['8片', { maxMgIn24h: null, maxTabletsIn24h: 8, tabletMg: null }],
    ['about 3 g', { maxMgIn24h: 3000, maxTabletsIn24h: null }],
    ['1000mg 4 times a day', { maxMgIn24h: 4000 }],
    ['panadol 2 tablets twice a day', { maxTabletsIn24h: 4, tabletMg: null }],
    ['2 pills every 4 hours', { maxTabletsIn24h: 12 }],
    ['I took 2 at a time, 3 times a day', { maxTabletsIn24h: 6 }],
    ['500毫克的，一次2片，一天4次', { maxMgIn24h: 4000, maxTabletsIn24h: 8, tabletMg: 500 }],
    ['一次两片，一天四次', { maxTabletsIn24h: 8 }],
    ['每天3克', { maxMgIn24h: 3000 }],
    ['6', { maxTabletsIn24h: 6 }],
    ['4000', { maxMgIn24h: 4000 }],
  ])('%s', (text, expected) => {
    expect(parseParacetamolDose(text)).toMatchObject({ ...expected, unsure: false, maybeMore: false });
  });

  it('not knowing is an answer, and "maybe more" is kept apart', () => {
    expect(parseParacetamolDose('not sure')).toMatchObject({ unsure: true, maybeMore: false, maxMgIn24h: null, maxTabletsIn24h: null });
    expect(parseParacetamolDose("I'm not sure, it may have been more")).toMatchObject({ unsure: true, maybeMore: true });
    expect(parseParacetamolDose('不确定，可能更多')).toMatchObject({ unsure: true, maybeMore: true });
  });

  it('a reply with no amount is not understood', () => {
    expect(parseParacetamolDose('hmm')).toBeNull();
    expect(parseParacetamolDose('yes')).toBeNull();
  });
});
