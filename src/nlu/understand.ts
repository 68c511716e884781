import type { Condition, Symptom } from '../assessment/types';
import { parseAge, parseSex, type SexAnswer } from './answers';
import { commandOrAnswer, detectCommand, type Command } from './commands';
import { findConditions, heavyDrinkingNow } from './conditions';
import { saysDontKnow } from './dontKnow';
import { parseAlcohol, type AlcoholReport } from './drinks';
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
      const v = parseAge(text);
      return v === null ? null : { kind: 'age', value: v };
    }
    case 'alcohol': {
      const v = parseAlcohol(text);
      return v ? { kind: 'alcohol', value: v } : null;
    }
    case 'exercise': {
      const v = parseExercise(text, now);
      return v ? { kind: 'exercise', value: v } : null;
    }
    case 'medicines': {
      const v = parseMedicineList(text);
      return v.none || v.items.length > 0 ? { kind: 'medicines', value: v } : null;
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

export function understand(question: string, text: string, now: Date): Understanding {
  // As the dialog decides: a word that could be either is settled by what the question accepts.
  const decision = commandOrAnswer(text, { accepts: (t) => answerTo(question, t, now) !== null, takesCorrections: question === 'summary' });
  const command = decision === 'command' ? detectCommand(text) : null;
  return { command, signs: detectWarningSigns(text), answer: command ? null : answerTo(question, text, now) };
}
