import { CONDITIONS, type Condition } from '../src/assessment/types';
import { otherAnswers, type OtherQuestion } from '../src/nlu/alsoAnswers';
import type { Answer } from '../src/nlu/understand';
import { ownWords } from './questions/lifestyle';
import type { Answers, Session } from './session';

/** The questions whose answer may come inside a reply to another one (issue #29 item 5: one reply, several answers). */
const TAKES_OTHER_ANSWERS = new Set(['consent', 'results', 'sex', 'age', 'sleep', 'alcohol', 'exercise', 'medicines', 'symptoms', 'conditions']);

/** Records one answer given beside another; an answer already given is kept (the question asked is never re-answered). */
function recordOne(a: Answers, q: OtherQuestion, answer: Answer, words: string): boolean {
  switch (q) {
    case 'sex':
      if (a.sex !== undefined || answer.kind !== 'sex') return false;
      a.sex = answer.value;
      return true;
    case 'age':
      if (a.age !== undefined || answer.kind !== 'age') return false;
      a.age = answer.value;
      return true;
    case 'sleep':
      if (a.sleepLoss !== undefined || answer.kind !== 'yesNo') return false;
      a.sleepLoss = answer.value === 'yes';
      return true;
    case 'alcohol':
      if (a.alcohol !== undefined || answer.kind !== 'alcohol') return false;
      a.alcohol = answer.value;
      // SAY-AMOUNTS: said back in the person's own words, as when the question is asked.
      a.alcoholWords = ownWords(words);
      return true;
    case 'exercise':
      if (a.exerciseDaysBefore !== undefined || answer.kind !== 'exercise') return false;
      a.exerciseDaysBefore = answer.value.none ? null : answer.value.daysAgo;
      return true;
    case 'medicines':
      if (a.medications !== undefined || answer.kind !== 'medicines') return false;
      a.medications = answer.value.items;
      return true;
    case 'symptoms':
      if (a.symptoms !== undefined || answer.kind !== 'symptoms') return false;
      a.symptoms = answer.value;
      return true;
    case 'conditions': {
      if (a.conditions !== undefined || answer.kind !== 'conditions') return false;
      a.conditions = answer.value.filter((c): c is Condition => (CONDITIONS as readonly string[]).includes(c));
      if (answer.heavyDrinkingNow) a.heavyDrinkingNow = true;
      return true;
    }
  }
}

/**
 * The other answers a typed reply gives ("no booze, and I slept ok"), recorded as if their questions had been asked,
 * so those are not asked again; each is put on the history, so "back" undoes it as it undoes an answer. Returns the
 * questions recorded.
 */
export function recordOtherAnswers(s: Session, asked: string, text: string, now: Date): OtherQuestion[] {
  if (!TAKES_OTHER_ANSWERS.has(asked) || (asked === 'consent' && s.consent !== true)) return [];
  const recorded: OtherQuestion[] = [];
  for (const [q, other] of Object.entries(otherAnswers(asked, text, now)) as [OtherQuestion, { answer: Answer; words: string }][]) {
    if (recordOne(s.answers, q, other.answer, other.words)) {
      recorded.push(q);
      s.history.push(q);
    }
  }
  return recorded;
}
