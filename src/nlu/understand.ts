import type { Condition, Symptom } from '../assessment/types';
import { otherAnswers, type OtherQuestion } from './alsoAnswers';
import { parseAge, parseSex, type SexAnswer } from './answers';
import { commandOrAnswer, detectCommand, type Command } from './commands';
import { findConditions, heavyDrinkingNow } from './conditions';
import { typedForSomeoneElse } from './context';
import { askedTerm, UNKNOWN_TERM, type GlossaryTerm } from './glossary';
import { saysDontKnow } from './dontKnow';
import type { AlcoholReport } from './drinks';
import { readAlcohol } from './vagueAmount';
import { parseExercise, type ExerciseAnswer } from './exercise';
import { parseMedicineList, type MedicineList } from './medicines';
import { saysNone } from './none';
import { detectWarningSigns, type RedFlagStatement } from './redFlags';
import { parseSymptomAnswer } from './symptoms';
import { parseSleepLoss, parseSummaryReply, parseYesNo, type YesNo } from './yesNo';

/**
 * One reply to one question, read the way the dialog reads it: a command, the warning signs it names, and the
 * answer to the question asked. The dialog's questions call the same parsers; the corpus test measures this.
 */
export type Answer =
  | { kind: 'yesNo'; value: YesNo }
  | { kind: 'dontKnow' }
  | { kind: 'sex'; value: SexAnswer }
  | { kind: 'age'; value: number }
  | { kind: 'alcohol'; value: AlcoholReport }
  | { kind: 'exercise'; value: ExerciseAnswer }
  | { kind: 'medicines'; value: MedicineList }
  | { kind: 'symptoms'; value: Symptom[]; unclear: Symptom[] }
  /** `heavyDrinkingNow`: heavy drinking is current, not only past (the contract's id is `heavy_alcohol_history` for both). */
  | { kind: 'conditions'; value: Condition[]; heavyDrinkingNow: boolean };

export interface Understanding {
  command: Command | null;
  signs: RedFlagStatement;
  answer: Answer | null;
  /** The term the reply asks the meaning of: answered from the glossary, and the question asked again. */
  glossary: GlossaryTerm | null;
  /** The reply is typed for the patient by someone else ("I'm filling this in for my dad", "我替我妈填"). */
  forSomeoneElse: boolean;
  /** The other questions the reply answers too ("no booze, and I slept ok"): recorded, and not asked again. */
  also: Partial<Record<OtherQuestion, Answer>>;
}

export function answerTo(question: string, text: string, now: Date): Answer | null {
  switch (question) {
    case 'summary': {
      const v = parseSummaryReply(text);
      return v ? { kind: 'yesNo', value: v } : null;
    }
    case 'consent':
    case 'confirmValues': {
      const v = parseYesNo(text);
      return v ? { kind: 'yesNo', value: v } : null;
    }
    case 'sleep': {
      const v = parseSleepLoss(text);
      return v ? { kind: 'yesNo', value: v } : null;
    }
    case 'rangeUnknown':
    case 'altRange':
    case 'astRange':
      return saysDontKnow(text) || saysNone(text) ? { kind: 'dontKnow' } : null;
    case 'sex': {
      const v = parseSex(text);
      return v ? { kind: 'sex', value: v } : null;
    }
    case 'age': {
      const v = parseAge(text, now);
      return v === null ? null : { kind: 'age', value: v };
    }
    case 'alcohol': {
      const v = readAlcohol(text);
      return v ? { kind: 'alcohol', value: v } : null;
    }
    case 'exercise': {
      const v = parseExercise(text, now);
      return v ? { kind: 'exercise', value: v } : null;
    }
    case 'medicines': {
      const v = parseMedicineList(text);
      return v.none || v.items.length > 0 || v.classes.length > 0 ? { kind: 'medicines', value: v } : null;
    }
    case 'symptoms': {
      const v = parseSymptomAnswer(text);
      return v ? { kind: 'symptoms', value: v.symptoms, unclear: v.unclear } : null;
    }
    case 'conditions': {
      const found = findConditions(text);
      if (found.length > 0) return { kind: 'conditions', value: found, heavyDrinkingNow: heavyDrinkingNow(text, found) };
      return saysNone(text) ? { kind: 'conditions', value: [], heavyDrinkingNow: false } : null;
    }
    default:
      return null;
  }
}

/** "help, what counts as hard exercise?": help is asked for in its own word; "what's a unit?" asks the glossary. */
function asksForHelp(text: string): boolean {
  return /\bhelp\b|帮助|帮帮/i.test(text);
}

/**
 * A reply that asks what a word means is answered from the glossary and the question asked again, as the dialog does
 * (dialogs/interruptions.ts): nothing in it is recorded as the answer. Only "I don't know what a reference range is"
 * still says it does not know the range.
 */
function answerBesideQuestion(question: string, text: string): Answer | null {
  return ['rangeUnknown', 'altRange', 'astRange'].includes(question) && saysDontKnow(text) ? { kind: 'dontKnow' } : null;
}

export function understand(question: string, text: string, now: Date): Understanding {
  // As the dialog decides: a word that could be either is settled by what the question accepts.
  const decision = commandOrAnswer(text, { accepts: (t) => answerTo(question, t, now) !== null, takesCorrections: question === 'summary' });
  const asked = askedTerm(text);
  const said = decision === 'command' ? detectCommand(text) : null;
  // "what does U/L mean?" asks about a word the glossary explains: that, not general help.
  const command = said === 'help' && asked !== null && asked !== UNKNOWN_TERM && !asksForHelp(text) ? null : said;
  const glossary = command ? null : asked;
  const also = command ? {} : Object.fromEntries(Object.entries(otherAnswers(question, text, now)).map(([q, o]) => [q, o.answer]));
  return {
    command,
    signs: detectWarningSigns(text),
    answer: command ? null : glossary ? answerBesideQuestion(question, text) : answerTo(question, text, now),
    glossary,
    forSomeoneElse: typedForSomeoneElse(text),
    also,
  };
}
