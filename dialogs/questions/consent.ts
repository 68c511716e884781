import { parseYesNo } from '../../src/nlu/yesNo';
import { say } from '../../src/render/views';
import { miss, ok, AGREE, type Question } from './types';

export function consentQuestion(ttlHours: number): Question {
  return {
    id: 'consent',
    needed: (s) => s.consent === undefined,
    ask: () => ({
      kind: 'question',
      say: [say('consent.ask', { hours: ttlHours })],
      choices: AGREE,
    }),
    fallbackChoices: () => AGREE,
    parse: (text) => {
      const yn = parseYesNo(text);
      if (yn === 'yes') return ok((s) => (s.consent = true));
      if (yn === 'no') return ok((s) => (s.consent = false));
      return miss(say('consent.retry'));
    },
    clear: () => undefined,
    skip: null,
  };
}
