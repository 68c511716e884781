import { namesOnlyAKind, parseMedicineList } from '../../src/nlu/medicines';
import { parseYesNo } from '../../src/nlu/yesNo';
import { list, phrase, type Phrase } from '../../src/views';
import { defineQuestion, miss, ok } from './types';

const plain = (names: readonly string[]): Phrase[] => names.map((n) => phrase('summary.plain', { value: n }));

export const medicinesQuestion = defineQuestion({
  id: 'medicines',
  fields: ['medications'],
  topic: 'medicines',
  prefill: { medications: (medications) => ({ medications: medications ?? [] }) },
  ask: () => ({ kind: 'question', say: [phrase('questions.medicines.ask')], choices: [{ labelKey: 'choices.none', value: 'none' }] }),
  fallbackChoices: () => [{ labelKey: 'choices.none', value: 'none' }],
  parse: (text) => {
    const found = parseMedicineList(text);
    if (found.none) return ok((s) => (s.answers.medications = []));
    const kinds = found.classes;
    // "yes" is not a list: ask for the names. A kind said by its purpose ("blood thinner", "降压药") is an answer.
    if ((found.items.length === 0 && kinds.length === 0) || (parseYesNo(text) === 'yes' && found.recognised.length === 0 && found.unknown.length <= 1 && kinds.length === 0)) return miss();
    // Phrase back what was read, so that a wrong reading can be corrected at once (or with "back").
    const known = found.items.filter((i) => !found.unknown.includes(i));
    const unknown = found.unknown.filter((u) => !namesOnlyAKind(u));
    const echo: Phrase[] = [];
    if (known.length > 0) echo.push(phrase('questions.medicines.understood', { names: list(plain(known), 'comma') }));
    if (kinds.length > 0) echo.push(phrase('questions.medicines.classes', { names: list(kinds.map((k) => phrase(`labels.medicineClasses.${k}`)), 'comma') }));
    if (unknown.length > 0) echo.push(phrase('questions.medicines.unknownNames', { names: list(plain(unknown), 'comma') }));
    return ok((s) => {
      s.answers.medications = found.items;
      if (kinds.length > 0) s.answers.medicationClasses = kinds;
      else delete s.answers.medicationClasses;
    }, echo);
  },
  clear: (a) => {
    delete a.medications;
    delete a.medicationClasses;
  },
  skip: (a) => (a.medications = []),
});
