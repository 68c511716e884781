import { parseAge } from '../../src/nlu/answers';
import { parseSingleNumber } from '../../src/nlu/numbers';
import { phrase } from '../../src/views';
import { defineQuestion, miss, ok } from './types';

export const ageQuestion = defineQuestion({
  id: 'age',
  fields: ['age'],
  topic: 'results',
  prefill: { age: (age) => ({ age }) },
  ask: () => ({ kind: 'question', say: [phrase('questions.age.ask')], choices: [{ labelKey: 'choices.skip', value: 'skip' }] }),
  parse: (text, { now }) => {
    const age = parseAge(text, now);
    if (age !== null) return ok((s) => (s.answers.age = age));
    // A number that is not a plausible age is questioned, not trusted.
    return parseSingleNumber(text) !== null ? miss(phrase('invalid.ageImplausible')) : miss();
  },
  skip: (a) => (a.age = null),
});
