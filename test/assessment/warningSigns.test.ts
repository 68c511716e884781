import { describe, expect, it } from 'vitest';
import { assessWarningSigns } from '../../src/assessment/warningSigns';

describe('assessWarningSigns: the early result before ALT is known', () => {
  it('gives the red flags that need no ALT', () => {
    const r = assessWarningSigns(['vomiting_blood'], [], []);
    expect(r).toMatchObject({ triage: 'emergency', early: true, alt: null, retest: null, specVersion: '4' });
    expect(r.redFlags).toEqual(['RF-GI-BLEED']);
  });

  it.each([
    ['heavy_alcohol_history', [], 'heavy_alcohol_history'],
    ['alcohol_dependence', [], 'alcohol_dependence'],
  ] as const)('ALC-HEAVY fires without ALT on %s: soon, the alcohol factor and alcohol_help', (_name, _s, condition) => {
    const r = assessWarningSigns([], [condition], []);
    expect(r.rules).toEqual(['ALC-HEAVY']);
    expect(r.triage).toBe('soon');
    expect(r.factors).toContain('alcohol');
    expect(r.notes).toEqual(['alcohol_help']);
    expect(r.redFlags).toEqual([]);
  });

  it.each([
    [34.9, false],
    [35, true],
    [60, true],
    [null, false],
  ] as const)('ALC-HEAVY from %s drinks a week → %s', (drinks, fires) => {
    const r = assessWarningSigns([], [], [], drinks);
    expect(r.rules.includes('ALC-HEAVY')).toBe(fires);
    expect(r.triage).toBe(fires ? 'soon' : 'routine');
  });

  it('ALC-HEAVY never lowers a red flag\'s level', () => {
    expect(assessWarningSigns(['confusion'], ['alcohol_dependence'], [], 50).triage).toBe('emergency');
  });

  it('RF-APAP-SEVERE cannot fire without ALT; a stated overdose still does', () => {
    expect(assessWarningSigns([], [], ['paracetamol']).rules).not.toContain('RF-APAP-SEVERE');
    expect(assessWarningSigns([], [], ['I took 20 paracetamol']).rules).toContain('RF-APAP-OVERDOSE');
  });
});
