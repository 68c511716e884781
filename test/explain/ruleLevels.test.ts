import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assessment/assess';
import { callsAmbulance, isWarningRule, ruleLevel, RULES, type RuleId, type RuleSpec } from '../../src/assessment/rules';
import { TRIAGE_LEVELS, type AssessmentInput, type AssessmentResult, type Triage } from '../../src/assessment/types';
import { siteNumbers } from '../../src/explain/emergencyNumbers';
import { closingLine, redFlagLines } from '../../src/explain/explanation';
import { reasonsFor } from '../../src/explain/reasons';

/**
 * Issue #30 item 2: the explanation speaks at the level the rule table gives each warning rule. Every expectation here
 * comes from the table, so a level changed there is followed by the explanation, or this test fails.
 */
const numbers = siteNumbers('US', 'en-US');
const base: AssessmentInput = {
  locale: 'en', site: 'US', sex: 'male', age: 40, alt: 60, ast: 25, unit: 'U/L', altRange: [7, 40], astRange: [13, 35],
  sleepLoss: false, alcohol: { drinksPerWeek: 0, bingeLastWeek: false }, intenseExerciseDaysBefore: null, medications: [],
  symptoms: [], conditions: [],
};
/** ALT 1.5, 4 and 20 times its upper limit: the first at which the rule fires is used. */
const ALTS = [60, 160, 800];
/** Hepatitis B raises the level to soon (COND-VIRAL): a reason below every warning rule, to check the order. */
const SOON_REASON = 'hepatitis_b';

const warningRules = (Object.entries(RULES) as [RuleId, RuleSpec][]).filter(([id]) => isWarningRule(id));
const urgency = (t: Triage): number => TRIAGE_LEVELS.indexOf(t);

function firing(id: RuleId, spec: RuleSpec): { input: AssessmentInput; result: AssessmentResult } {
  for (const alt of ALTS) {
    const input: AssessmentInput = {
      ...base,
      alt,
      symptoms: [...(spec.signs?.symptoms ?? [])],
      conditions: [...(spec.signs?.conditions ?? []), SOON_REASON],
      medications: spec.topic === 'paracetamol' ? ['paracetamol 500mg'] : [],
    };
    const outcome = assess(input);
    if (outcome.ok && outcome.result.rules.includes(id)) return { input, result: outcome.result };
  }
  throw new Error(`${id}: no test input fires it`);
}

describe('every warning rule is explained at the level the rule table gives it', () => {
  it('the table has the warning rules of spec §5', () => {
    expect(warningRules.length).toBeGreaterThanOrEqual(15);
  });

  it.each(warningRules)('%s: its reason, the order of reasons and the closing action follow its level', (id, spec) => {
    const level = ruleLevel(id);
    expect(level === 'emergency' || level === 'urgent', `${id} sets emergency or urgent`).toBe(true);
    const { input, result } = firing(id, spec);
    expect(result.triage).toBe(level);

    const reasons = reasonsFor(result, input, numbers);
    const at = reasons.findIndex((r) => r.line.key === `redflag.${id}` || r.line.key === `redflag.noTime.${id}`);
    expect(at, `${id} gives a reason`).toBeGreaterThanOrEqual(0);
    expect(reasons[at]?.level).toBe(level);
    reasons.forEach((r, i) => {
      if (urgency(r.level) > urgency(level ?? 'routine')) expect(i, `${r.line.key} is more urgent, so before ${id}`).toBeLessThan(at);
      if (urgency(r.level) < urgency(level ?? 'routine')) expect(i, `${r.line.key} is less urgent, so after ${id}`).toBeGreaterThan(at);
    });
    expect(reasons.some((r) => r.line.key === `explain.reason.${SOON_REASON}`)).toBe(true);

    // The result's closing action, and the warning-sign reply's, at the rule's level.
    const close = closingLine(result, numbers)?.key;
    const reply = redFlagLines([id], level ?? 'routine', numbers).map((l) => l.key);
    if (level === 'emergency') {
      expect(close).toBe(callsAmbulance(result.rules) ? 'explain.close.ambulance' : 'explain.close.emergency');
      if (spec.topic === 'self_harm') expect(reply).toContain('redflag.selfHarmCall');
      else expect(reply.at(-1)).toBe(callsAmbulance([id]) ? 'explain.close.ambulance' : 'explain.close.emergency');
    } else {
      expect(close).toBe(spec.topic === 'pregnancy' ? 'explain.close.urgentPregnancy' : 'explain.close.urgent');
      expect(reply.at(-1)).toBe(spec.topic === 'pregnancy' ? 'redflag.urgentClosePregnancy' : 'redflag.urgentClose');
      expect(reply).toContain(`redflag.${id}`);
    }
  });
});
