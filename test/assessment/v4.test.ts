import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assessment/assess';
import type { AssessmentInput, AssessmentResult } from '../../src/assessment/types';
import { baseInput } from './cases';

// The rules new in clinical spec version 4 that the engine decides.

function result(over: Partial<AssessmentInput>): AssessmentResult {
  const out = assess(baseInput(over));
  if (!out.ok) throw new Error(out.error.message);
  return out.result;
}

describe('RF-WITHDRAWAL (version 4)', () => {
  it('alcohol_withdrawal is an emergency at any ALT, even a normal one', () => {
    for (const alt of [20, 40, 41, 60, 300]) {
      const r = result({ alt, symptoms: ['alcohol_withdrawal'] });
      expect(r.triage, String(alt)).toBe('emergency');
      expect(r.rules).toContain('RF-WITHDRAWAL');
      expect(r.redFlags).toContain('RF-WITHDRAWAL');
    }
  });
  it('does not fire without the symptom, even for a heavy drinker', () => {
    const r = result({ alcohol: { drinksPerWeek: 60, bingeLastWeek: true }, conditions: ['alcohol_dependence'] });
    expect(r.rules).not.toContain('RF-WITHDRAWAL');
    expect(r.triage).toBe('soon');
  });
});

describe('ULN-DEFAULT-SITE (version 4): the default ALT limit follows the site, not the language', () => {
  const noRange = { altRange: null, sex: 'male' as const };
  it('a Chinese speaker at a GB site gets the en row (33 for men)', () => {
    const r = result({ ...noRange, locale: 'zh-CN', site: 'GB' });
    expect(r.alt.uln).toBe(33);
    expect(r.rules).toEqual(expect.arrayContaining(['ULN-DEFAULT', 'ULN-DEFAULT-SITE']));
  });
  it('an English speaker at a CN site gets the zh-CN row (50 for men, 40 sex unknown)', () => {
    expect(result({ ...noRange, locale: 'en', site: 'CN' }).alt.uln).toBe(50);
    expect(result({ ...noRange, sex: null, locale: 'en', site: 'cn' }).alt.uln).toBe(40);
  });
  it('a site outside the table uses the en row', () => {
    expect(result({ ...noRange, locale: 'zh-CN', site: 'FR' }).alt.uln).toBe(33);
  });
  it('with no site the locale decides, as before (no ULN-DEFAULT-SITE)', () => {
    const zh = result({ ...noRange, locale: 'zh-CN', site: null });
    expect(zh.alt.uln).toBe(50);
    expect(zh.rules).not.toContain('ULN-DEFAULT-SITE');
    expect(result({ ...noRange, locale: 'en', site: null }).alt.uln).toBe(33);
  });
  it('the boundary moves with it: ALT 34 is raised at GB (limit 33) and not at CN (limit 50)', () => {
    expect(result({ ...noRange, alt: 33, locale: 'zh-CN', site: 'GB' }).alt.band).toBe('normal');
    expect(result({ ...noRange, alt: 34, locale: 'zh-CN', site: 'GB' }).alt.band).toBe('borderline');
    expect(result({ ...noRange, alt: 34, locale: 'en', site: 'CN' }).alt.band).toBe('normal');
  });
  it('a lab range still wins', () => {
    expect(result({ altRange: [7, 45], site: 'CN' }).alt.uln).toBe(45);
  });
});

describe('MED-HBV-ANTIVIRAL (version 4)', () => {
  const names = ['entecavir', 'Baraclude', '恩替卡韦', '博路定', 'tenofovir', 'Viread', '替诺福韦', '韦瑞德', 'tenofovir alafenamide', 'Vemlidy', '丙酚替诺福韦', '韦立得', 'entecavir 0.5mg daily'];
  it.each(names)('%s is recognised as hbv_antiviral: no factor, no MED-DILI, nothing unrecognised', (name) => {
    const r = result({ alt: 200, medications: [name], conditions: ['hepatitis_b'] });
    expect(r.recognisedBenign).toEqual(['hbv_antiviral']);
    expect(r.unrecognisedMedications).toEqual([]);
    expect(r.factors.filter((f) => f.startsWith('medication:'))).toEqual([]);
    expect(r.rules).toContain('MED-HBV-ANTIVIRAL');
    expect(r.rules).not.toContain('MED-DILI');
    expect(r.notes).toContain('hbv_antiviral');
    // At 5× the limit the level comes from the band, not from the medicine.
    expect(r.triage).toBe('urgent');
  });
  it('keeps which antiviral it is, for the doctor', () => {
    const r = result({ medications: ['Vemlidy', '恩替卡韦'] });
    expect(r.medications.map((m) => m.id).sort()).toEqual(['entecavir', 'tenofovir_alafenamide']);
  });
  it('at ALT 2.9× with a hepatotoxic medicine MED-DILI still fires; the antiviral adds nothing', () => {
    const r = result({ alt: 116, medications: ['tenofovir', 'isoniazid'] });
    expect(r.rules).toEqual(expect.arrayContaining(['MED-DILI', 'MED-HBV-ANTIVIRAL']));
    expect(r.factors).toEqual(['medication:isoniazid']);
  });
});

describe('npm run assess, version 4', () => {
  it('takes alcohol_withdrawal and gives specVersion "4"', () => {
    const root = path.resolve(__dirname, '../..');
    const out = spawnSync(process.execPath, ['--import', 'tsx', 'src/assessment/cli.ts', '-'], {
      cwd: root,
      input: JSON.stringify({ alt: 30, ast: 20, altRange: [0, 40], astRange: [0, 40], symptoms: ['alcohol_withdrawal'] }),
      encoding: 'utf8',
    });
    expect(out.status).toBe(0);
    const r = JSON.parse(out.stdout) as { triage: string; rules: string[]; specVersion: string };
    expect(r).toMatchObject({ triage: 'emergency', specVersion: '4' });
    expect(r.rules).toContain('RF-WITHDRAWAL');
  });
});
