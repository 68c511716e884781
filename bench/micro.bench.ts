import { bench, describe } from 'vitest';
import { assess } from '../src/assessment/assess';
import { matchMedicines } from '../src/assessment/medicineMatcher';
import { siteNumbers } from '../src/explain/emergencyNumbers';
import { explain } from '../src/explain/explanation';
import { translator } from '../src/i18n';
import { renderView } from '../src/render';
import { understand } from './nluTurn';

const input = {
  locale: 'en' as const, sex: 'male' as const, age: 34, alt: 68, ast: 25, unit: 'U/L' as const, altRange: [7, 40] as const, astRange: [13, 35] as const,
  sleepLoss: true, alcohol: { drinksPerWeek: 10, bingeLastWeek: true }, intenseExerciseDaysBefore: 2,
  medications: ['acetominophen 500mg', 'lipiter', '泰诺'], symptoms: ['fatigue' as const], conditions: ['overweight' as const],
};
const outcome = assess(input);
if (!outcome.ok) throw new Error('bench input is invalid');
const view = explain(outcome.result, siteNumbers('US', 'en-US'), input);
const t = translator('en');

describe('NLU', () => {
  bench('one pasted lab line (command, warning signs, results reader)', () => {
    understand('ALT(GPT) 68 U/L 7-40; AST 25 U/L 13-35', 'results', 'en-US');
  });
  bench('one alcohol answer', () => {
    understand('had like 6 beers saturday', 'alcohol', 'en-US');
  });
  bench('one Chinese exercise answer', () => {
    understand('前天跑了半马', 'exercise', 'zh-CN');
  });
});

describe('medicines', () => {
  bench('match a list of three, with a misspelling and a Chinese brand', () => {
    matchMedicines('acetominophen 500mg twice a day, lipiter and 泰诺');
  });
});

describe('assessment', () => {
  bench('assess the contract example', () => {
    assess(input);
  });
});

describe('rendering a result', () => {
  for (const channel of ['webchat', 'msteams', 'sms', 'emulator']) {
    bench(channel, () => {
      renderView(view, channel, t, 'en');
    });
  }
});
