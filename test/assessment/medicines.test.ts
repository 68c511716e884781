import { describe, expect, it } from 'vitest';
import { matchMedicines, allowedDistance } from '../../src/assessment/medicineMatcher';
import { LEXICON } from '../../src/assessment/medicineLexicon';

const ids = (text: string): string[] => matchMedicines(text).matches.map((m) => m.entry.id);

describe('medicine matcher (FACTOR-MEDICATION lexicon)', () => {
  it.each([
    ['acetominophen', 'acetaminophen'],
    ['Acetaminophen 500mg twice a day', 'acetaminophen'],
    ['paracetamol', 'acetaminophen'],
    ['Tylenol Extra Strength', 'acetaminophen'],
    ['panadol x2 daily', 'acetaminophen'],
    ['泰诺', 'acetaminophen'],
    ['泰诺 twice a day', 'acetaminophen'],
    ['扑热息痛', 'acetaminophen'],
    ['999感冒灵', 'acetaminophen'],
    ['lipiter', 'atorvastatin'],
    ['Lipitor 20 mg at night', 'atorvastatin'],
    ['atorvastatine', 'atorvastatin'],
    ['立普妥', 'atorvastatin'],
    ['zocor', 'simvastatin'],
    ['crestor', 'rosuvastatin'],
    ['可定', 'rosuvastatin'],
    ['阿莫西林克拉维酸', 'amoxicillin_clavulanate'],
    ['阿莫西林克拉维酸钾 一天两次', 'amoxicillin_clavulanate'],
    ['Augmentin 625mg', 'amoxicillin_clavulanate'],
    ['co-amoxiclav', 'amoxicillin_clavulanate'],
    ['advil', 'ibuprofen'],
    ['ibuprofin', 'ibuprofen'],
    ['Nurofen', 'ibuprofen'],
    ['布洛芬', 'ibuprofen'],
    ['voltaren gel', 'diclofenac'],
    ['aleve', 'naproxen'],
    ['Macrobid', 'nitrofurantoin'],
    ['bactrim', 'trimethoprim_sulfamethoxazole'],
    ['rifampin', 'rifampicin'],
    ['异烟肼', 'isoniazid'],
    ['Diflucan 150', 'fluconazole'],
    ['lamisil', 'terbinafine'],
    ['Depakote', 'valproate'],
    ['tegretol', 'carbamazepine'],
    ['methotrexate weekly', 'methotrexate'],
    ['amiodarone', 'amiodarone'],
    ['allopurinol 300mg', 'allopurinol'],
    ['SARMs', 'anabolic_steroids'],
    ['green tea extract', 'green_tea_extract'],
    ['kava', 'kava'],
    ['turmeric capsules', 'turmeric'],
    ['ashwaganda', 'ashwagandha'],
    ['He Shou Wu', 'polygonum_multiflorum'],
    ['何首乌', 'polygonum_multiflorum'],
    ['雷公藤', 'tripterygium'],
    ['补骨脂', 'psoralea'],
    ['白鲜皮', 'dictamnus'],
    ['中药', 'tcm_unspecified'],
    ['Chinese herbs', 'tcm_unspecified'],
    ['niacin', 'niacin'],
    ['vitamin A', 'vitamin_a_high_dose'],
    ['fish oil', 'fish_oil'],
    ['metformin 500mg', 'metformin'],
    ['levothyroxine', 'levothyroxine'],
    ['prenatal vitamins', 'prenatal_vitamins'],
    ['vitamin D', 'multivitamin'],
    ['birth control pill', 'birth_control_pill'],
    ['amlodipine', 'amlodipine'],
  ])('%s → %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });

  it('finds several medicines in one answer', () => {
    expect(ids('lipitor, fish oil and 泰诺')).toEqual(expect.arrayContaining(['atorvastatin', 'fish_oil', 'acetaminophen']));
  });

  it('keeps unknown names as unrecognised, never dropped', () => {
    const out = matchMedicines('zyrtec 10mg daily and lipitor');
    expect(out.unrecognised).toEqual(['zyrtec']);
    expect(out.matches.map((m) => m.entry.id)).toEqual(['atorvastatin']);
    expect(matchMedicines('某某胶囊').unrecognised).toEqual(['某某胶囊']);
  });

  it('dose and frequency words are neither matches nor unrecognised', () => {
    expect(matchMedicines('500mg twice a day').unrecognised).toEqual([]);
    expect(matchMedicines('500mg twice a day').matches).toEqual([]);
  });

  it('never matches a name of 3 letters or fewer fuzzily', () => {
    expect(allowedDistance(3)).toBe(0);
    expect(ids('tcn')).toEqual([]);
    expect(ids('tcm')).toEqual(['tcm_unspecified']);
  });

  it('allows edit distance 2 for 7 or more letters, 1 for shorter names', () => {
    expect(allowedDistance(7)).toBe(2);
    expect(allowedDistance(6)).toBe(1);
    expect(ids('simvastaten')).toContain('simvastatin');
    expect(ids('advl')).toContain('ibuprofen');
    expect(ids('adxyl')).toEqual([]);
  });

  it('does not take a common word for a medicine', () => {
    expect(ids('I take nothing really')).toEqual([]);
  });
});

describe('the lexicon, kept as data', () => {
  const specIds = [
    'acetaminophen', 'ibuprofen', 'diclofenac', 'naproxen', 'atorvastatin', 'simvastatin', 'rosuvastatin', 'pravastatin',
    'amoxicillin_clavulanate', 'flucloxacillin', 'nitrofurantoin', 'minocycline', 'trimethoprim_sulfamethoxazole', 'isoniazid',
    'rifampicin', 'pyrazinamide', 'ketoconazole', 'fluconazole', 'itraconazole', 'terbinafine', 'valproate', 'carbamazepine',
    'phenytoin', 'methotrexate', 'leflunomide', 'azathioprine', 'sulfasalazine', 'amiodarone', 'allopurinol', 'efavirenz',
    'nevirapine', 'anabolic_steroids', 'green_tea_extract', 'kava', 'turmeric', 'ashwagandha', 'garcinia_cambogia',
    'polygonum_multiflorum', 'tripterygium', 'psoralea', 'dictamnus', 'vitamin_a_high_dose', 'niacin', 'tcm_unspecified',
  ];
  it('covers every id the spec lists', () => {
    const have = new Set(LEXICON.map((e) => e.id));
    for (const id of specIds) expect(have.has(id), id).toBe(true);
  });
  it('has a well-formed entry for each id, liver-relevant ones citing LiverTox', () => {
    const seen = new Set<string>();
    for (const e of LEXICON) {
      expect(e.id).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(seen.has(e.id)).toBe(false);
      seen.add(e.id);
      expect(e.names.length).toBeGreaterThan(0);
      if (e.liverRelevant) expect(e.source).toBe('LiverTox');
    }
  });
  it('gives no name to two entries', () => {
    const owner = new Map<string, string>();
    for (const e of LEXICON) for (const n of e.names.map((x) => x.toLowerCase())) {
      expect(owner.get(n) ?? e.id, n).toBe(e.id);
      owner.set(n, e.id);
    }
  });
});
