import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { siteNumbers } from '../../src/explain/emergencyNumbers';
import { expectedEmergency, inputs, render, type Rendered } from './render';

// SAY-TONE (clinical spec §9, version 3), checked over generated results in both languages and at every site.
const NEVER = ['nothing to worry about', 'harmless', 'not a worry', 'no need to worry', "don't worry", 'do not worry', '不用担心', '不必担心', '别担心', '不必惊慌', '没事', '没有大碍', '不要紧'];
const ROUTINE_ONLY = ['this often passes', 'this often settles', 'no rush', '常常会自己恢复', '不用着急', '不急'];
const RUNS = { numRuns: 400 };
const WHERE_ROW: Record<string, string> = { US: 'US', CA: 'US', GB: 'GB', IE: 'IE', AU: 'AU', NZ: 'NZ', CN: 'CN' };

function call(r: Rendered, site: string | null | undefined): string {
  const numbers = siteNumbers(site ?? undefined, r.locale === 'en' ? 'en-US' : 'zh-CN');
  return numbers.emergency ? r.t('emergency.call', { number: numbers.emergency }) : r.t('emergency.callLocal');
}

describe('SAY-TONE: the tone follows the level', () => {
  it('never says a never-phrase, at any level, in either language', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const r = render(input);
        const all = `${r.text}\n${r.doctor}`.toLowerCase();
        for (const p of NEVER) expect(all, p).not.toContain(p.toLowerCase());
      }),
      RUNS,
    );
  });

  it('says the reassuring words only in a routine result', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const r = render(input);
        if (r.result.triage === 'routine') return;
        for (const p of ROUTINE_ONLY) expect(r.text.toLowerCase(), `${r.result.triage}: ${p}`).not.toContain(p);
      }),
      RUNS,
    );
  });

  it('an urgent or emergency result opens with what to do and when, and ends with it', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const r = render(input);
        const c = call(r, input.site);
        if (r.result.triage === 'emergency') {
          // SAY-EMERGENCY v4: an ambulance, not driving oneself, for chest pain, a gut bleed, confusion and withdrawal.
          const ambulance = ['RF-CHEST-PAIN', 'RF-GI-BLEED', 'RF-CONFUSION', 'RF-WITHDRAWAL'].some((rule) => r.result.rules.includes(rule));
          expect(r.paragraphs[1]).toBe(r.t(ambulance ? 'explain.action.ambulance' : 'explain.action.emergency', { call: c }));
          expect(r.paragraphs.at(-1)).toBe(r.t(ambulance ? 'explain.close.ambulance' : 'explain.close.emergency', { call: c }));
          const number = expectedEmergency(input.site, r.locale);
          if (input.site && ['US', 'CA', 'GB', 'IE', 'AU', 'NZ', 'CN'].includes(input.site)) expect(r.paragraphs[1]).toContain(number);
        } else if (r.result.triage === 'urgent') {
          // A raised ALT in pregnancy goes to the maternity team the same day (RF-PREGNANCY).
          // SAY-SITE v4: where to go today follows the site (CA as US; a site outside the table as none).
          const where = { where: r.t(`labels.whereToday.${WHERE_ROW[input.site ?? ''] ?? 'none'}`) };
          const pregnant = r.result.rules.includes('RF-PREGNANCY');
          expect(r.paragraphs[1]).toBe(pregnant ? r.t('explain.action.urgentPregnancy') : r.t('explain.action.urgent', where));
          expect(r.paragraphs.at(-1)).toBe(pregnant ? r.t('explain.close.urgentPregnancy') : r.t('explain.close.urgent', where));
        } else {
          expect(r.paragraphs.at(-1)).toBe(r.t('explain.disclaimer'));
        }
      }),
      RUNS,
    );
  });

  it('an emergency result carries no lifestyle tips and no retest advice', () => {
    const keys = ['explain.meanwhileTitle', 'explain.meanwhile.sleep', 'explain.meanwhile.alcohol', 'explain.meanwhile.exercise', 'explain.retest.doctor', 'explain.retest.weeksThen', 'explain.retest.rest', 'explain.medicine.pauseSupplements', 'explain.medicine.paracetamol'];
    fc.assert(
      fc.property(inputs, (input) => {
        const r = render(input);
        if (r.result.triage !== 'emergency') return;
        for (const k of keys) expect(r.text, k).not.toContain(r.t(k));
        expect(r.text).not.toMatch(/retest|复查/i);
      }),
      RUNS,
    );
  });

  it('every result short of an emergency has the two-tier safety net (SAY-SAFETY-NET)', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const r = render(input);
        if (r.result.triage === 'emergency') return;
        expect(r.text).toContain(r.t('explain.safetyNow'));
        expect(r.text).toContain(r.t('explain.safetyNowHow', { call: call(r, input.site) }));
        expect(r.text).toContain(r.t('explain.safetyToday'));
      }),
      RUNS,
    );
  });

  it('the routine result never ends with a worry clause, and nothing tells a worried person only to talk to their doctor', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const r = render(input);
        expect(r.text).not.toMatch(/if you are worried|如有担心/i);
      }),
      RUNS,
    );
  });
});
