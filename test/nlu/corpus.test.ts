import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES, type RuleSpec } from '../../src/assessment/rules';
import { format, score, type CorpusItem, type CorpusReport } from './corpusScore';

/** Each symptom or condition a red flag names that fires an emergency rule when it is the only thing known. */
function emergencySignsAlone(): string[] {
  const out = new Set<string>();
  const none = { r: null, band: null, apapOverdoseInMedicines: false, apapAmongMedicines: false };
  for (const rule of Object.values<RuleSpec>(RULES)) {
    if (rule.level !== 'emergency' || !rule.when) continue;
    for (const s of rule.signs?.symptoms ?? []) if (rule.when({ ...none, symptoms: new Set([s]), conditions: new Set() })) out.add(s);
    for (const c of rule.signs?.conditions ?? []) if (rule.when({ ...none, symptoms: new Set(), conditions: new Set([c]) })) out.add(c);
  }
  return [...out];
}

/**
 * The labelled corpus of real-style answers (test/nlu/corpus/*.json): how patients write in forums and messages,
 * in English and Chinese, with typos, emoji, negations, look-alikes, mixed languages and warning signs said in
 * passing. Run with `npx vitest run test/nlu/corpus.test.ts` to see the figures; `npm test` prints them too.
 * Targets (issue #13): warning-sign recall 100%, false alarms at most 2% of replies, answers understood the first
 * time at least 97%.
 */
const load = (name: string): CorpusItem[] => JSON.parse(readFileSync(path.join(__dirname, 'corpus', `${name}.json`), 'utf8')) as CorpusItem[];

const WARNING_SIGN_RECALL = 1;
const MAX_FALSE_ALARMS = 0.02;
const MIN_UNDERSTOOD = 0.97;
/**
 * The held-out sets (heldout-*.json) and the probe sets (probe-*.json, written to find what the reader misses: jargon,
 * text-speak, double negatives, idioms, other people's signs) were written later, by other writers who saw neither
 * the corpus nor the word lists. Safety targets hold there too; for answers the figure is printed and held to a
 * regression floor.
 */
const HELD_OUT_MIN_UNDERSTOOD = 0.9;
/** The probe sets were written to trip the reader; their floors are lower, and they must miss no emergency sign. */
const PROBE_MIN_UNDERSTOOD = 0.85;
const PROBE_MIN_COMMANDS = 0.9;
/** Signs that on their own, whatever ALT is, fire a rule that sends a person to emergency care: from the rule table (spec §5). */
const EMERGENCY_SIGNS: readonly string[] = emergencySignsAlone();
const MIN_COMMAND_RECALL = 0.95;
/** Signs spec v4 added after the corpus was written. */
const V4_SIGNS = ['alcohol_withdrawal'];
const MIN_COMMAND_PRECISION = 0.95;

function totals(r: CorpusReport): { recall: number; falseAlarms: number; understood: number; commandRecall: number; commandPrecision: number } {
  const signs = [...r.signs.values()];
  const tp = signs.reduce((n, s) => n + s.tp, 0);
  const fn = signs.reduce((n, s) => n + s.fn, 0);
  const answers = [...r.answers.values()];
  const right = answers.reduce((n, a) => n + a.right, 0);
  const total = answers.reduce((n, a) => n + a.total, 0);
  const commands = [...r.commands.values()];
  const ctp = commands.reduce((n, c) => n + c.tp, 0);
  return {
    recall: tp / (tp + fn),
    falseAlarms: r.falseAlarmItems.length / r.items,
    understood: right / total,
    commandRecall: ctp / (ctp + commands.reduce((n, c) => n + c.fn, 0)),
    commandPrecision: ctp / (ctp + commands.reduce((n, c) => n + c.fp, 0)),
  };
}

describe.each(['en', 'zh-CN', 'heldout-en', 'heldout-zh-CN', 'probe-en', 'probe-zh-CN'])('the %s corpus of real-style answers', (name) => {
  const heldOut = !['en', 'zh-CN'].includes(name);
  const probe = name.startsWith('probe');
  const items = load(name);
  const report = score(items);
  const t = totals(report);
  console.log(
    `${format(name, report)}\n  overall: warning-sign recall ${(100 * t.recall).toFixed(1)}%, false alarms ${(100 * t.falseAlarms).toFixed(1)}% of replies, ` +
      `understood the first time ${(100 * t.understood).toFixed(1)}%, commands precision ${(100 * t.commandPrecision).toFixed(1)}% recall ${(100 * t.commandRecall).toFixed(1)}%`,
  );

  it('has at least 300 replies, and every warning sign in at least 8 phrasings (held-out and probe sets: 150 and 5)', () => {
    expect(items.length).toBeGreaterThanOrEqual(heldOut ? 150 : 300);
    // The 17 signs the corpus was written for; spec v4's alcohol_withdrawal came later (two replies relabelled, the
    // rest measured by test/nlu/alcoholV4.test.ts and the blind sets).
    expect([...report.signs.keys()].filter((k) => !V4_SIGNS.includes(k))).toHaveLength(17);
    for (const [sign, r] of report.signs) if (!V4_SIGNS.includes(sign)) expect(r.tp + r.fn, sign).toBeGreaterThanOrEqual(heldOut ? 5 : 8);
  });
  it('misses no warning sign (probe sets: no emergency sign)', () => {
    const missed = report.missedSigns.filter((m) => !probe || EMERGENCY_SIGNS.includes(m.sign));
    expect(missed.map((m) => `${m.item.id} ${m.sign}: ${m.item.text}`)).toEqual([]);
    if (!probe) expect(t.recall).toBeGreaterThanOrEqual(WARNING_SIGN_RECALL);
  });
  it('raises a false alarm on at most 2% of replies', () => {
    expect(t.falseAlarms, report.falseAlarmItems.map((i) => `${i.id}: ${i.text}`).join('\n')).toBeLessThanOrEqual(MAX_FALSE_ALARMS);
  });
  it('understands at least 97% of answers the first time (held out: the regression floor)', () => {
    expect(t.understood, report.wrongAnswers.map((i) => `${i.id}: ${i.text}`).join('\n')).toBeGreaterThanOrEqual(probe ? PROBE_MIN_UNDERSTOOD : heldOut ? HELD_OUT_MIN_UNDERSTOOD : MIN_UNDERSTOOD);
  });
  it('tells commands from answers', () => {
    const wrong = report.wrongCommands.map((i) => `${i.id}: ${i.text}`).join('\n');
    expect(t.commandRecall, wrong).toBeGreaterThanOrEqual(probe ? PROBE_MIN_COMMANDS : MIN_COMMAND_RECALL);
    expect(t.commandPrecision, wrong).toBeGreaterThanOrEqual(probe ? PROBE_MIN_COMMANDS : MIN_COMMAND_PRECISION);
  });
});
