import { parseMedicineList } from '../../src/nlu/medicines';
import { parseYesNo } from '../../src/nlu/yesNo';
import { list, say, type Say } from '../../src/render/views';
import { defineQuestion, miss, ok } from './types';

const plain = (names: readonly string[]): Say[] => names.map((n) => say('summary.plain', { value: n }));

export const medicinesQuestion = defineQuestion({
  id: 'medicines',
  fields: ['medications'],
  topic: 'medicines',
  prefill: { medications: (medications) => ({ medications: medications ?? [] }) },
  ask: () => ({ kind: 'question', say: [say('questions.medicines.ask')], choices: [{ labelKey: 'choices.none', value: 'none' }] }),
  fallbackChoices: () => [{ labelKey: 'choices.none', value: 'none' }],
  parse: (text) => {
    const found = parseMedicineList(text);
    if (found.none) return ok((s) => (s.answers.medications = []));
    // "yes" is not a list: ask for the names.
    if (found.items.length === 0 || (parseYesNo(text) === 'yes' && found.recognised.length === 0 && found.unknown.length <= 1)) return miss();
    // Say back what was read, so that a wrong reading can be corrected at once (or with "back").
    const known = found.items.filter((i) => !found.unknown.includes(i));
    const echo: Say[] = [];
    if (known.length > 0) echo.push(say('questions.medicines.understood', { names: list(plain(known), 'comma') }));
    if (found.unknown.length > 0) echo.push(say('questions.medicines.unknownNames', { names: list(plain(found.unknown), 'comma') }));
    return ok((s) => (s.answers.medications = found.items), echo);
  },
  skip: (a) => (a.medications = []),
});
