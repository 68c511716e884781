import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPositionsOnly } from '../../dialogs/turn';
import { capForParsing } from '../../src/nlu/inputLimits';
import { foldForMatch } from '../../src/nlu/normalise';
import { parseParacetamolDose } from '../../src/nlu/paracetamolDose';
import { understand } from '../../src/nlu/understand';
import { smsKeyword } from '../../src/bot/smsKeywords';
import { cpuMs } from '../helpers/cpuTime';

/**
 * Issue 23, "must show": long runs of digits, spaces, punctuation and repeated words, thrown at every question's
 * reader as a turn reads them (capped by capForParsing, then the question's reader, the command and warning-sign
 * readers, and the pick-by-position reader), never take more than 100 ms of CPU. CPU time, not wall time: the
 * machine may be loaded.
 */
const TURN_CPU_BUDGET_MS = 100;
const QUESTIONS = ['consent', 'confirmValues', 'summary', 'sleep', 'rangeUnknown', 'altRange', 'astRange', 'sex', 'age', 'alcohol', 'exercise', 'medicines', 'symptoms', 'conditions'];
const NOW = new Date('2026-06-01T12:00:00Z');

const WORDS = ['1', '11', 'one', 'the', 'and', 'beer', '#beer', 'of', 'like', 'pint', 'x', 'mg', 'no', 'not', 'yes', 'tablets', 'days ago', '?', '喝了', '两', '个', '片', '第二', '不', '没有'];
const PUNCTUATION = [...'.,;:!?-/()[]#*+~\'"，。！？、：；（）'];

/** A run of one thing, long: digits, spaces, punctuation or a repeated word, with an odd character after it. */
const run = fc.oneof(
  fc.tuple(fc.constantFrom(...'0123456789'), fc.integer({ min: 50, max: 5000 })).map(([c, n]) => c.repeat(n)),
  fc.tuple(fc.constantFrom(' ', '\t', '  ', '\u3000'), fc.integer({ min: 50, max: 5000 })).map(([c, n]) => c.repeat(n)),
  fc.tuple(fc.constantFrom(...PUNCTUATION), fc.integer({ min: 50, max: 5000 })).map(([c, n]) => c.repeat(n)),
  fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom('', ' ', ', ', '-'), fc.integer({ min: 20, max: 2000 })).map(([w, sep, n]) => `${w}${sep}`.repeat(n)),
);
const answer = fc.tuple(fc.constantFrom(...WORDS, ''), fc.array(run, { minLength: 1, maxLength: 3 }), fc.constantFrom('x', '#beer', '?', '!', '片', '')).map(([head, runs, tail]) => `${head}${runs.join('')}${tail}`.slice(0, 20_000));


describe('no reader takes more than 100 ms of CPU on long runs (fast-check)', () => {
  it('every question, every reader a turn runs', () => {
    // Warm up: the first calls load and compile the readers' models (Recognizers-Text builds them lazily, once per
    // process, on the first text that reaches each: a start-up cost, not a turn's).
    const turn = (raw: string, question: string): void => {
      const text = capForParsing(raw);
      understand(question, text, NOW);
      parseParacetamolDose(text);
      isPositionsOnly(foldForMatch(text));
      smsKeyword(raw);
    };
    for (const q of QUESTIONS) for (const t of ['yes', '是的', 'last saturday, 2 beers', '上周六喝了两瓶', `?${'5'.repeat(600)}`, `个${'3'.repeat(600)}`]) turn(t, q);
    for (const [raw, question] of fc.sample(fc.tuple(answer, fc.constantFrom(...QUESTIONS)), { numRuns: 60, seed: 1 })) turn(raw, question);
    let slowest = 0;
    fc.assert(
      fc.property(answer, fc.constantFrom(...QUESTIONS), (raw, question) => {
        const used = cpuMs(() => turn(raw, question));
        slowest = Math.max(slowest, used);
        expect(used, `${question}: ${JSON.stringify(raw.slice(0, 40))}… (${raw.length} chars)`).toBeLessThanOrEqual(TURN_CPU_BUDGET_MS);
      }),
      { numRuns: 300, seed: Number(process.env.FC_SEED ?? Date.now() % 100_000) },
    );
    console.log(`slowest reader turn: ${slowest.toFixed(1)} ms of CPU`);
  }, 120_000);
});
