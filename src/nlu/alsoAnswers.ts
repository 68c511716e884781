import { NLU_SOURCES } from '../i18n/resources';
import { parseAge, parseSex } from './answers';
import { findConditions, heavyDrinkingNow } from './conditions';
import { readAlcohol } from './vagueAmount';
import { parseExercise } from './exercise';
import { parseMedicineList } from './medicines';
import { cueMatcher, type CueMatcher } from './cues';
import { foldForMatch } from './normalise';
import { parseChineseNumeral } from './numbers';
import { parseSymptomAnswer } from './symptoms';
import { parseSleepLoss } from './yesNo';
import type { Answer } from './understand';

/**
 * One reply, several answers ("no booze, and I slept ok", "52歲，女，有糖尿病"): the other questions a reply answers
 * besides the one asked. A reply is cut into clauses; a clause answers another question only when it speaks of that
 * question's topic (its cue words, `alsoAnswers` in locales/nlu), and is then read by that question's own parser.
 * So a bare "no" answers only the question asked, and "8 pints" is never an age. A clause that speaks of a topic
 * only to deny it ("I don't drink", "酒也没喝", "no gym either") is that question's "none".
 */
export type OtherQuestion = 'sex' | 'age' | 'sleep' | 'alcohol' | 'exercise' | 'medicines' | 'symptoms' | 'conditions';
export const OTHER_QUESTIONS: readonly OtherQuestion[] = ['sex', 'age', 'sleep', 'alcohol', 'exercise', 'medicines', 'symptoms', 'conditions'];

export interface OtherAnswer {
  answer: Answer;
  /** The words that gave it: the dialog reads them with that question's own parse, so it records them as if asked. */
  words: string;
}

type CueList = OtherQuestion | 'negated' | 'conditionsGeneral';
const CUES = Object.fromEntries(
  [...OTHER_QUESTIONS, 'negated' as const, 'conditionsGeneral' as const].map((q) => [q, cueMatcher(NLU_SOURCES.flatMap((n) => n.alsoAnswers[q]))]),
) as Record<CueList, CueMatcher>;

/** Clauses: cut at sentence and clause marks and brackets, at "and"/"but"/"also", and at spaces beside Chinese. */
const CLAUSE_CUT =
  /[.!?;,，。！？；、()（）\n]+|(?<=\s)(?:and|but|also|plus|&)(?=\s)|(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff\d])|(?<=\d)\s+(?=[\u3400-\u9fff])|(?<=[\u3400-\u9fff])(?=(?:也|还|而且|不过|但是)[\u3400-\u9fff])/i;
/** A pregnancy said in weeks or months ("I'm 14 weeks pregnant", "怀孕六个月"), or a time ("dry 3 yrs"), is no age. */
const NOT_AGE = /\d\s*(?:weeks?|wks?|months?)|\b(?:ago|for|since|been|dry|sober|quit)\b|周了|个月|孕|前|年了|戒/i;
/** "54 not 45", "五十四不是四十五": the number corrected away is not the answer. */
const CORRECTED_AWAY = /\b(?:not|instead of)\s+[\w-]+(?:\s+[\w-]+)?|不是[\u3400-\u9fff\d]+/gi;
/** A clause that is only an age said about oneself or the patient ("我41", "七十二了", "she's 79", "I'm 63"). */
const BARE_AGE = /^(?:(?:i'?m|i am|im|she'?s|she is|he'?s|he is|我|她|他|今年|我今年|她今年|他今年)\s*)?(\d{1,3}|[一二三四五六七八九十]{1,3})\s*(?:了|岁了?)?$/i;
/** A sex is taken from a short clause only ("male", "I'm female", "男的"): "the man at the gym" is no answer. */
const SEX_CLAUSE_MAX_CHARS = 24;
/** A count in a denial ("not more than two") is an amount, not a "none". */
const HAS_COUNT = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|couple|few|some)\b|[一两二三四五六七八九十半]/i;
/** Replies longer than this are read for the question asked only: the clause reading is for short replies. */
const MAX_CHARS = 240;

function cued(list: CueList, clause: string): boolean {
  return CUES[list].test(clause);
}

/** `folded`: the clause folded (foldForMatch). */
function bareAge(folded: string): number | null {
  const m = BARE_AGE.exec(folded);
  if (!m?.[1]) return null;
  const n = /\d/.test(m[1]) ? Number(m[1]) : parseChineseNumeral(m[1]);
  return n !== null && n >= 1 && n <= 120 ? n : null;
}

/** A topic named only to be denied: "I dont drink", "no gym either", "酒也没喝", "none of the conditions". */
function denied(clause: string): boolean {
  return cued('negated', clause) && !HAS_COUNT.test(clause.replace(/\bone\b/gi, ''));
}

/**
 * `words`: what the question's parser reads; `said`: the clauses that speak of the topic, where a denial counts
 * ("no meds", "none of those conditions"): "I dont drink" denies drinking, not every condition.
 */
function read(q: OtherQuestion, words: string, said: readonly string[], now: Date): Answer | null {
  switch (q) {
    case 'sex': {
      const v = words.length <= SEX_CLAUSE_MAX_CHARS ? parseSex(words) : null;
      return v && v !== 'unknown' ? { kind: 'sex', value: v } : null;
    }
    case 'age': {
      const v = NOT_AGE.test(words) ? null : parseAge(words.replace(CORRECTED_AWAY, ' '), now);
      return v === null ? null : { kind: 'age', value: v };
    }
    case 'sleep': {
      const v = parseSleepLoss(words);
      return v && v !== 'unsure' ? { kind: 'yesNo', value: v } : null;
    }
    case 'alcohol': {
      if (denied(words)) return { kind: 'alcohol', value: { drinksPerWeek: 0, largestOccasion: 0 } };
      const v = readAlcohol(words);
      return v ? { kind: 'alcohol', value: v } : null;
    }
    case 'exercise': {
      if (denied(words)) return { kind: 'exercise', value: { none: true } };
      const v = parseExercise(words, now);
      return v ? { kind: 'exercise', value: v } : null;
    }
    case 'medicines': {
      const v = parseMedicineList(words);
      if (!v.none && v.recognised.length === 0 && v.classes.length === 0 && said.some(denied)) return { kind: 'medicines', value: parseMedicineList('none') };
      // Only a medicine the lexicon knows, a class of medicine or a plain "no meds": never a leftover word as a name.
      return v.none || v.recognised.length > 0 || v.classes.length > 0 ? { kind: 'medicines', value: { ...v, items: v.items.filter((i) => !v.unknown.includes(i)), unknown: [] } } : null;
    }
    case 'symptoms': {
      const v = parseSymptomAnswer(words);
      // "no symptoms": none. Signs said anywhere are caught by the warning-sign reader, not recorded here.
      return v && v.symptoms.length === 0 && v.unclear.length === 0 ? { kind: 'symptoms', value: [], unclear: [] } : null;
    }
    case 'conditions': {
      const found = findConditions(words);
      if (found.length === 0 && said.some((c) => cued('conditionsGeneral', c) && denied(c))) return { kind: 'conditions', value: [], heavyDrinkingNow: false };
      return found.length > 0 ? { kind: 'conditions', value: found, heavyDrinkingNow: heavyDrinkingNow(words, found) } : null;
    }
  }
}

/** Medicines and conditions are read in the whole reply once it speaks of them ("on tacrolimus and mycophenolate"). */
const WHOLE_REPLY: readonly OtherQuestion[] = ['medicines', 'conditions'];

/**
 * The other questions this reply answers, besides `question`. Short replies of two clauses or more only; each answer
 * from the clauses that speak of its topic.
 */
export function otherAnswers(question: string, text: string, now: Date): Partial<Record<OtherQuestion, OtherAnswer>> {
  const out: Partial<Record<OtherQuestion, OtherAnswer>> = {};
  if (text.length > MAX_CHARS) return out;
  const clauses = text
    .split(CLAUSE_CUT)
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
  // A reply of one clause answers the question asked, and only that.
  if (clauses.length < 2) return out;
  const folded = clauses.map(foldForMatch);
  for (const q of OTHER_QUESTIONS) {
    if (q === question) continue;
    if (q === 'age') {
      // A bare number is an age only beside the question of sex, or said with "I'm", "她", "今年".
      const i = folded.findIndex((c) => bareAge(c) !== null && (question === 'sex' || /\D/.test(c.replace(/[一二三四五六七八九十]/g, ''))));
      const bare = i >= 0 ? bareAge(folded[i] ?? '') : null;
      if (bare !== null) {
        out.age = { answer: { kind: 'age', value: bare }, words: String(bare) };
        continue;
      }
    }
    const picked = clauses.filter((_c, i) => {
      const f = folded[i] ?? '';
      // A clause that opens with "on" names what is taken ("Hep B, on entecavir").
      return CUES[q].testFolded(f) || (q === 'conditions' && CUES.conditionsGeneral.testFolded(f)) || (q === 'medicines' && f.startsWith('on '));
    });
    if (picked.length === 0) continue;
    const words = WHOLE_REPLY.includes(q) ? text : q === 'sex' ? (picked.find((c) => c.length <= SEX_CLAUSE_MAX_CHARS) ?? '') : picked.join(', ');
    const answer = read(q, words, picked, now);
    if (answer) out[q] = { answer, words };
  }
  return out;
}
