import { parseYesNo } from '../../src/nlu/yesNo';
import { phrase } from '../../src/views';
import { typedLabValues } from './results';
import { defineQuestion, miss, ok, AGREE, type Question } from './types';

export function consentQuestion(ttlHours: number): Question {
  return defineQuestion({
    id: 'consent',
    // Consent is a fact of the session, not an answer.
    fields: [],
    back: false,
    settlesPrefill: true,
    needed: (s) => s.consent === undefined,
    ask: () => ({
      kind: 'question',
      say: [phrase('consent.ask', { hours: ttlHours })],
      choices: AGREE,
    }),
    fallbackChoices: () => AGREE,
    parse: (text, { session }) => {
      const yn = parseYesNo(text);
      if (yn === 'yes') {
        // "Yes, my ALT is 900": the values typed with the yes are the person's, kept over any pre-filled ones (issue 23).
        const typed = typedLabValues(text, session);
        if (!typed?.ok) return ok((s) => (s.consent = true));
        return ok((s) => {
          s.consent = true;
          typed.apply(s);
        }, typed.reply);
      }
      if (yn === 'no') return ok((s) => (s.consent = false));
      return miss(phrase('consent.retry'));
    },
    clear: () => undefined,
    skip: null,
  });
}
