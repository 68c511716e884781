import { parseMedicineList } from '../../src/nlu/answers';
import { parseYesNo } from '../../src/nlu/yesNo';
import { say } from '../../src/render/views';
import { miss, ok, type Question } from './types';

export const medicinesQuestion: Question = {
  id: 'medicines',
  needed: (s) => s.answers.medications === undefined,
  ask: () => ({ kind: 'question', say: [say('questions.medicines.ask')], choices: [{ labelKey: 'choices.none', value: 'none' }] }),
  fallbackChoices: () => [{ labelKey: 'choices.none', value: 'none' }],
  parse: (text) => {
    const list = parseMedicineList(text);
    if (list.none) return ok((s) => (s.answers.medications = []));
    // "yes" is not a list: ask for the names. Anything else is kept as typed, recognised or not.
    if (parseYesNo(text) === 'yes' && list.recognised === 0) return miss();
    return ok((s) => (s.answers.medications = list.items));
  },
  clear: (a) => delete a.medications,
  skip: (a) => (a.medications = []),
};
