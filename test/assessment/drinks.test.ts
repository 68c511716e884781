import { describe, expect, it } from 'vitest';
import { DRINK_SIZES, isBinge, standardDrinksFrom, weeklyLimit } from '../../src/assessment/alcohol';

describe('drink sizes, kept as data (FACTOR-ALCOHOL conversions)', () => {
  it.each(DRINK_SIZES.map((d) => [d.id, d] as const))('%s matches grams = mL × ABV × 0.789, 14 g a drink', (_id, d) => {
    expect(Math.abs(standardDrinksFrom(d.ml, d.abv) - d.standardDrinks)).toBeLessThan(0.08);
  });
  it('has every conversion the spec lists', () => {
    const byId = new Map(DRINK_SIZES.map((d) => [d.id, d.standardDrinks]));
    expect(Object.fromEntries(['beer', 'wine_glass', 'spirit_shot', 'wine_bottle', 'chinese_beer', 'baijiu_liang', 'uk_unit'].map((id) => [id, byId.get(id)]))).toEqual({
      beer: 1, wine_glass: 1, spirit_shot: 1, wine_bottle: 5, chinese_beer: 1.1, baijiu_liang: 1.5, uk_unit: 0.57,
    });
  });
  it('limits and binges follow NIAAA, cautious with sex unknown', () => {
    expect([weeklyLimit('male'), weeklyLimit('female'), weeklyLimit(null)]).toEqual([14, 7, 7]);
    expect([isBinge(5, 'male'), isBinge(4, 'male'), isBinge(4, 'female'), isBinge(4, null), isBinge(3, null)]).toEqual([true, false, true, true, false]);
  });
});
