import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assessment/assess';
import type { AssessmentInput, PreviousInput } from '../../src/assessment/types';
import { siteNumbers } from '../../src/explain/emergencyNumbers';
import { explain } from '../../src/explain/explanation';
import type { ExplainExtras } from '../../src/explain/extras';
import { translator, type Locale } from '../../src/i18n';
import { renderView } from '../../src/render';
import { baseInput } from '../assessment/cases';

// §8a in words: the explanation and the doctor summary say what changed, and why the earlier result sets the level or not.

const TEST_DATE = '2026-11-20';

function shown(over: Partial<AssessmentInput>, locale: Locale, extras: ExplainExtras = {}) {
  const input = baseInput({ locale, testDate: TEST_DATE, ...over });
  const out = assess(input, TEST_DATE);
  if (!out.ok) throw new Error(out.error.message);
  const view = explain(out.result, siteNumbers('GB', locale === 'en' ? 'en-GB' : 'zh-CN'), input, { testDate: TEST_DATE, ...extras });
  const [activity] = renderView(view, 'webchat', translator(locale), locale);
  const card = activity?.attachments?.[0]?.content as { fallbackText?: string } | undefined;
  return { result: out.result, text: (activity?.text ?? '').replace(/\*\*/g, ''), doctor: card?.fallbackText ?? '' };
}

const prev = (alt: number, date: string | null): PreviousInput => ({ alt, altRange: [7, 40], unit: 'U/L', date });

describe('the explanation says what changed (issue #26 example)', () => {
  it('en: "ALT was 2.3 times the limit on 2 October. Now it is 1.6 times." and TREND-PERSISTENT\'s reason under the action', () => {
    const r = shown({ alt: 64, previous: prev(92, '2026-10-02') }, 'en');
    expect(r.result.rules).toContain('TREND-PERSISTENT');
    expect(r.text).toContain('ALT was 2.3 times the limit on 2 October. Now it is 1.6 times.');
    const [action, reason] = r.text.split(/\n+/).filter((l) => l.trim() !== '').slice(1, 3);
    expect(action).toContain('within 1 to 2 weeks');
    expect(reason).toContain('still high on a second test');
    expect(r.text).not.toContain('have the test again in 2 to 4 weeks');
    expect(r.doctor).toContain('Earlier ALT: 92 U/L (limit 40, lab\'s range; 2.3x), 2 October. Change: still raised.');
  });
  it('zh-CN: the same in Chinese, in the doctor summary too', () => {
    const r = shown({ alt: 64, previous: prev(92, '2026-10-02') }, 'zh-CN');
    expect(r.text).toContain('10月2日那次，ALT是上限的2.3倍；这次是1.6倍。');
    expect(r.text).toContain('间隔两周以上复查，ALT仍然偏高。');
    expect(r.doctor).toContain('之前ALT：92 U/L（上限40，');
    expect(r.doctor).toContain('日期：10月2日。变化：仍偏高。');
  });
  it('TREND-RISING says by how much, and a date in another year carries its year', () => {
    const en = shown({ alt: 100, previous: prev(48, '2026-11-10') }, 'en');
    expect(en.text).toContain('It is now 2.0 times as high as it was.');
    const zh = shown({ alt: 100, previous: prev(48, '2025-12-01') }, 'zh-CN');
    expect(zh.text).toContain('现在是上次的2.0倍');
    expect(zh.text).toContain('2025年12月1日那次');
  });
  it('a date given as a span ("early October") is said as a month', () => {
    const r = shown({ alt: 64, previous: prev(92, '2026-10-01') }, 'en', { previousDateApproximate: true });
    expect(r.text).toContain('ALT was 2.3 times the limit in October.');
  });
  it('TREND-NORMAL-NOW says ALT is back in range; the result stays routine', () => {
    const r = shown({ alt: 30, previous: prev(92, '2026-10-02') }, 'en');
    expect(r.result.triage).toBe('routine');
    expect(r.text).toContain('ALT is back in range now.');
  });
  it.each([
    [null, 'I do not know when that test was', '不知道那次检查的日期'],
    ['2026-11-25', 'That date is after this test', '那次的日期晚于这次检查'],
    ['2025-06-01', 'more than a year ago', '那次检查已超过一年'],
  ])('an earlier result dated %s sets nothing and says why', (date, en, zh) => {
    const e = shown({ alt: 64, previous: prev(92, date) }, 'en');
    expect(e.result.triage).toBe('routine');
    expect(e.text).toContain(en);
    expect(e.doctor).toContain('Earlier ALT: 92 U/L');
    expect(shown({ alt: 64, previous: prev(92, date) }, 'zh-CN').text).toContain(zh);
  });
  it('without an earlier result nothing of it is said', () => {
    const r = shown({ alt: 64 }, 'en');
    expect(r.text).not.toMatch(/ALT was|earlier test/i);
    expect(r.doctor).not.toContain('Earlier ALT');
  });
});
