import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GRAMS_PER_STANDARD_DRINK } from '../../src/assessment/alcohol';
import siteData from '../../src/assessment/data/sites.json';
import { SITE_CODES, siteEntry, siteFromLocale } from '../../src/assessment/sites';
import { siteNumbers } from '../../src/explain/emergencyNumbers';

const spec = readFileSync(path.resolve(__dirname, '../../docs/clinical-spec.md'), 'utf8');

/** SAY-SITE's table, read from the spec itself: | site | emergency | crisis line | alcohol limit |. */
function specTable(): Map<string, { emergency: string; crisis: string; alcohol: string }> {
  const rows = new Map<string, { emergency: string; crisis: string; alcohol: string }>();
  for (const m of spec.matchAll(/^\s*\| ([A-Z]{2}) \| ([\d ]+) \| ([^|]+) \| ([^|]+) \|$/gm)) {
    const [, code, emergency, crisis, alcohol] = m;
    if (code && emergency && crisis && alcohol) rows.set(code, { emergency: emergency.trim(), crisis: crisis.trim(), alcohol: alcohol.trim() });
  }
  return rows;
}

describe('SAY-SITE: the site table', () => {
  const table = specTable();
  it('holds the seven sites of the spec, no more', () => {
    expect([...table.keys()].sort()).toEqual([...SITE_CODES].sort());
    expect(Object.keys(siteData.sites).sort()).toEqual([...SITE_CODES].sort());
  });
  it.each([...SITE_CODES])('%s: emergency number, crisis line and alcohol limit as the spec gives them', (code) => {
    const row = table.get(code);
    const entry = siteEntry(code);
    expect(entry?.emergency).toBe(row?.emergency);
    expect(row?.crisis.startsWith(entry?.crisis ?? '?')).toBe(true);
    if (row?.alcohol === 'NIAAA') expect(entry?.alcoholWeekly).toBeNull();
    else {
      const figures = (row?.alcohol.match(/\d+(?:\.\d+)?/g) ?? []).map(Number);
      const { male, female } = entry?.alcoholWeekly ?? { male: NaN, female: NaN };
      expect(figures).toEqual(figures.length === 1 ? [male] : [male, female]);
      expect(female).toBe(figures.at(-1));
    }
  });
  it('site limits are the guidelines\' grams in US drinks of 14 g, as the spec rounds them', () => {
    for (const raw of Object.values(siteData.sites)) {
      if (!('alcoholGrams' in raw) || raw.alcoholWeekly === null) continue;
      for (const sex of ['male', 'female'] as const) {
        const exact = raw.alcoholGrams[sex] / GRAMS_PER_STANDARD_DRINK;
        expect(raw.alcoholWeekly[sex]).toBeLessThanOrEqual(exact + 1e-9);
        expect(exact - raw.alcoholWeekly[sex]).toBeLessThan(0.15);
      }
    }
  });
  it('reads codes in any case, and knows nothing of a site outside the table', () => {
    expect(siteEntry('gb')?.code).toBe('GB');
    expect(siteEntry(' nz ')?.code).toBe('NZ');
    for (const code of ['SG', 'IN', 'HK', 'UK', '', null, undefined]) expect(siteEntry(code)).toBeNull();
  });
  it('names the site of a locale tag only where it names a country', () => {
    expect(siteFromLocale('en-US')?.code).toBe('US');
    expect(siteFromLocale('en-gb')?.code).toBe('GB');
    expect(siteFromLocale('zh-CN')?.code).toBe('CN');
    for (const tag of ['en', 'zh-TW', 'fr-FR', undefined]) expect(siteFromLocale(tag)).toBeNull();
  });
});

describe('SAY-SITE: siteNumbers (emergency number and crisis line)', () => {
  it.each([
    ['US', '911', '988'],
    ['CA', '911', '988'],
    ['GB', '999', '116 123'],
    ['IE', '112', '116 123'],
    ['AU', '000', '13 11 14'],
    ['NZ', '111', '1737'],
    ['CN', '120', '12356'],
  ])('site %s: %s and %s, whatever the language', (site, emergency, crisis) => {
    for (const locale of ['en-US', 'zh-CN', 'en-GB', undefined]) expect(siteNumbers(site, locale)).toEqual({ site, emergency, crisis });
  });
  it('a Chinese speaker at a London hospital gets 999', () => {
    expect(siteNumbers('GB', 'zh-CN').emergency).toBe('999');
  });
  it('a site outside the table gives no number, not even the locale\'s', () => {
    for (const site of ['SG', 'IN', 'HK']) expect(siteNumbers(site, 'en-US')).toEqual({ site: null, emergency: null, crisis: null });
  });
  it('with no site, the locale names the emergency number where it names a country; the crisis line stays generic', () => {
    expect(siteNumbers(undefined, 'en-US')).toEqual({ site: null, emergency: '911', crisis: null });
    expect(siteNumbers(undefined, 'en-GB')).toEqual({ site: null, emergency: '999', crisis: null });
    expect(siteNumbers(null, 'zh-CN')).toEqual({ site: null, emergency: '120', crisis: null });
    expect(siteNumbers(undefined, 'en')).toEqual({ site: null, emergency: null, crisis: null });
    expect(siteNumbers(undefined, undefined)).toEqual({ site: null, emergency: null, crisis: null });
  });
  it('reads the site code in any case', () => {
    expect(siteNumbers('au', undefined)).toEqual({ site: 'AU', emergency: '000', crisis: '13 11 14' });
  });
});
