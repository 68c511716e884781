import { saysApapOverdose } from '../assessment/overdose';
import { CONDITIONS, SYMPTOMS, type Condition, type Symptom } from '../assessment/types';
import { signContext, typedForSomeoneElse } from './context';
import { askedTerm, asksMeaning } from './glossary';
import { isNegated, negatedRanges } from './negation';
import { candidates, compile, matchPattern, regionAt, type Pattern, type PatternMatch, type Span } from './phrases';
import { segmentAt, sentencesOf, type Sentence } from './sentences';
import { capForPhrases } from './inputLimits';
import { countWordsAsDigits } from './countWords';
import { memoByText } from './memo';
import { CJK_RE } from './normalise';
import { withSoundAlikes } from './soundAlike';
import { withEnglishSoundAlikes } from './soundAlikeEn';
import { VOCAB } from './vocabulary';

/**
 * Warning signs in any answer, in everyday words, with negation understood: symptoms of the contract's
 * vocabulary ("there was blood when I threw up", "胸口闷得慌"), a paracetamol overdose ("took a whole box of
 * Tylenol"), and signs of alcohol dependence ("I need a drink in the morning"). Look-alikes ("yellow teeth",
 * "hay fever", "chest day") are excluded by the words around them; a mention that is truly unclear ("my eyes look
 * a bit off") is returned as `unclear`, for the dialog to ask one short question.
 */
export interface RedFlagStatement {
  symptoms: Symptom[];
  conditions: Condition[];
  /** Signs hinted at but not clear enough to act on: ask. */
  unclear: Symptom[];
  /** Signs the reply names only to deny them ("no fever"). */
  denied: Symptom[];
  /**
   * Signs read here that this branch's contract does not list yet (v4's `alcohol_withdrawal`): once the contract's
   * SYMPTOMS holds one, it is returned in `symptoms` instead, with no change here.
   */
  beyondContract: string[];
  /**
   * ASK-SELF-HARM (spec v4): a hint of suicidal thoughts not clear enough for RF-SELF-HARM (hopelessness, being a
   * burden, wishing not to wake up, saving up tablets; concepts of the C-SSRS screener items 1–2, PHQ-9 item 9 and
   * the burdensomeness and hopelessness scales). `self_harm` is then in `unclear`: the dialog asks the screener.
   */
  selfHarmHint: boolean;
}

const SIGNS = compile(VOCAB.signs);
const UNCLEAR = compile(VOCAB.unclearSigns);
const SELF_HARM_SIGNS = SIGNS.filter((p) => p.key === 'self_harm');
const SELF_HARM_HINTS = UNCLEAR.filter((p) => p.key === 'self_harm');
/**
 * Look-alike phrases; one marked "^" excludes the sign in its whole sentence ("bruised all over, but that's just from
 * rolling"), one marked "=" only the match it overlaps ("拖累" holds 累 but says nothing of the rest of the sentence).
 */
const EXCLUSIONS = compile(Object.fromEntries(Object.entries(VOCAB.signExclusions).map(([k, v]) => [k, v.filter((x) => !x.startsWith('=')).map((x) => x.replace(/^\^/, ''))])));
const NARROW_EXCLUSIONS = compile(Object.fromEntries(Object.entries(VOCAB.signExclusions).map(([k, v]) => [k, v.filter((x) => x.startsWith('=')).map((x) => x.slice(1))])));
const WIDE_EXCLUSIONS = compile(Object.fromEntries(Object.entries(VOCAB.signExclusions).map(([k, v]) => [k, v.filter((x) => x.startsWith('^')).map((x) => x.slice(1))])));

const isSymptom = (k: string): k is Symptom => (SYMPTOMS as readonly string[]).includes(k);
const isCondition = (k: string): k is Condition => (CONDITIONS as readonly string[]).includes(k);

/** Signs said even inside a hypothetical ("everyone would be better off without me", "it'd be easier if I didn't wake up"). */
const SAID_EVEN_IF = new Set(['self_harm']);

/** Signs whose look-alikes are told by the whole sentence ("knackered, flew back from Sydney, jet lag"). */
const SENTENCE_WIDE = new Set(['fatigue']);

function overlapsOrShares(sentence: Sentence, a: Span, b: Span, key: string): boolean {
  if (a.start < b.end && b.start < a.end) return true;
  if (SENTENCE_WIDE.has(key)) return true;
  const [s, e] = segmentAt(sentence, a.start);
  return b.start >= s && b.start < e;
}

export interface Found {
  affirmed: Set<string>;
  denied: Set<string>;
  /** Said of someone else, now ("my husband is confused"): not the patient's, but worth one short question. */
  others: Set<string>;
}

/**
 * Signs that stand whenever they were said (ConText temporality does not apply): heavy drinking is history by nature,
 * and withdrawal once ("had the DTs last year") in someone who still drinks is a dependence now (one who has stopped
 * drinking for good is read below). Thoughts of self-harm are read for when they were (an attempt "when I was 19" is
 * history; "I tried to overdose in august and I still want to" is now).
 */
const ANY_TIME = new Set(['alcohol_dependence', 'heavy_alcohol_history']);

/** Emergency signs: one said to be over now ("back to normal now") still counts unless it was long ago. */
const EMERGENCY = new Set(['vomiting_blood', 'black_stools', 'confusion', 'chest_pain', 'self_harm', 'paracetamol_overdose', 'alcohol_withdrawal']);

/** Events that are an emergency only while they happen (RF-WITHDRAWAL): a past or habitual one is history. */
const NOW_ONLY = new Set(['alcohol_withdrawal']);

interface ReadOptions {
  /** Whether the reply is typed for the patient by someone else: read only when a sign names a person. */
  typingFor: () => boolean;
  /** Conditions are history by nature ("hep B since birth"): only signs are read for when they happened. */
  temporality: boolean;
}

/**
 * Parts of a sign on both sides of a contrast pair up only where neither side denies anything: "浑身疼 不过胸口不疼"
 * (aches all over, but no chest pain) is no chest pain; "shaking, but it's cos I haven't had a drink" still pairs.
 */
function deniedAcrossContrast(sentence: Sentence, m: PatternMatch, negations: ReturnType<typeof negatedRanges>): boolean {
  const regions = [...new Set(m.spans.map((s) => regionAt(sentence, s.start).join(':')))];
  if (regions.length < 2) return false;
  return m.spans.some((sp) => {
    const [start, end] = regionAt(sentence, sp.start);
    return negations.some((n) => !n.hypothetical && n.trigger.start >= start && n.trigger.start < end && !/^(?:if|cos|because)$/.test(sentence.text.slice(n.trigger.start, n.trigger.end)));
  });
}

function find(sentenceList: readonly Sentence[], patterns: readonly Pattern[], typingFor: () => boolean): Found {
  return findIn(sentenceList, patterns, { typingFor, temporality: true });
}

/** Which keys of the patterns a text affirms, and which it only denies, with negation, look-alikes and the experiencer read. */
export function findAffirmed(text: string, patterns: readonly Pattern[]): Found {
  return findIn(sentencesOf(text), patterns, { typingFor: () => typedForSomeoneElse(text), temporality: false });
}

/** What a sentence holds that rules a match out: its negations and its look-alikes, worked out once and only if needed. */
interface SentenceContext {
  negations: ReturnType<typeof negatedRanges>;
  excluded(m: PatternMatch): boolean;
}

function contextOf(sentence: Sentence): SentenceContext {
  const negations = negatedRanges(sentence);
  const exclusions = candidates(sentence, EXCLUSIONS).flatMap((p) => matchPattern(sentence, p, 2));
  const wide = new Set(candidates(sentence, WIDE_EXCLUSIONS).filter((p) => matchPattern(sentence, p, 1).length > 0).map((p) => p.key));
  const narrow = candidates(sentence, NARROW_EXCLUSIONS).flatMap((p) => matchPattern(sentence, p, 4));
  return {
    negations,
    excluded: (m) =>
      wide.has(m.key) ||
      exclusions.some((x) => x.key === m.key && x.spans.some((xs) => m.spans.some((ms) => overlapsOrShares(sentence, ms, xs, m.key)))) ||
      narrow.some((x) => x.key === m.key && x.spans.some((xs) => m.spans.some((ms) => ms.start < xs.end && xs.start < ms.end))),
  };
}

function findIn(sentenceList: readonly Sentence[], patterns: readonly Pattern[], o: ReadOptions): Found {
  const affirmed = new Set<string>();
  const denied = new Set<string>();
  const others = new Set<string>();
  for (const sentence of sentenceList) {
    // Most sentences match no pattern: their negations and look-alikes are never needed.
    let ctx: SentenceContext | null = null;
    for (const p of candidates(sentence, patterns)) {
      if (affirmed.has(p.key)) continue;
      for (const m of matchPattern(sentence, p)) {
        ctx ??= contextOf(sentence);
        if (ctx.excluded(m) || deniedAcrossContrast(sentence, m, ctx.negations)) continue;
        // A negation said inside one of the pattern's parts is that part's own word ("没有我 会更好", "don't see much
        // point + in anything"): it does not deny the other parts.
        const negations = ctx.negations.filter((r) => !m.spans.some((sp) => r.trigger.start < sp.end && sp.start < r.trigger.end));
        if (m.spans.some((sp) => isNegated(sp, negations, !SAID_EVEN_IF.has(p.key)))) {
          denied.add(p.key);
          continue;
        }
        const c = signContext(sentence, m.spans, o.typingFor, !EMERGENCY.has(p.key));
        if (c.experiencer === 'other') {
          // Someone else's sign, past or over, is no sign; said of them now, it is asked about (unless typing for the patient).
          // Thoughts of self-harm said of anyone now are always asked about (the screener question, ASK-SELF-HARM).
          if (!c.otherPast && !c.historical && (p.key === 'self_harm' || !o.typingFor())) others.add(p.key);
          continue;
        }
        if (o.temporality && c.historical && !ANY_TIME.has(p.key)) continue;
        if (o.temporality && c.notNow && NOW_ONLY.has(p.key)) continue;
        affirmed.add(p.key);
        break;
      }
    }
  }
  return { affirmed, denied, others };
}

/**
 * Withdrawal said across sentences ("had a fit yesterday. I'd stopped drinking on friday"): the event and the stopping,
 * each read with negation and ConText (a past or habitual one is history).
 */
const WITHDRAWAL_EVENT = compile({ alcohol_withdrawal: ['@seizure', '@hallucinate', '@shakes+@sweatWord', '@shakes+@confusedWord'] });
const STOPPED_DRINKING = compile({ alcohol_withdrawal: ['@stoppedDrinking'] });
/** Not drinking now, for good ("2 years clean", "dry since 2016", "戒酒好几年了"): ConText's "no longer". */
const SOBER_NOW = compile({ sober: ['@soberNow'] });
/** Words of drinking: a reply without one says nothing of stopping (most replies; the look is skipped). */
const DRINK_CUE = new RegExp((VOCAB.context.drinkCue ?? []).map((w) => (CJK_RE.test(w) ? w : `\\b${w}`)).join('|'));

/** Blood in the vomit is vomiting_blood, not also nausea: keep nausea only when it is said in its own words. */
const NAUSEA_OWN_WORDS = compile({ nausea: ['@nauseaWord'] });

const VOMIT_BLOOD = compile({ both: ['@vomit+@blood'] });
const VOMIT = compile({ vomit: ['@vomit'] });

/** Vomiting said twice, once without blood ("早上起来吐 吐出来带血"): both signs. */
function vomitsApart(list: readonly Sentence[]): boolean {
  let bloody = 0;
  let all = 0;
  for (const s of list) {
    bloody += candidates(s, VOMIT_BLOOD).flatMap((p) => matchPattern(s, p)).length > 0 ? 1 : 0;
    // Distinct mentions: overlapping matches ("my sick", "in my sick") are one.
    const spans = candidates(s, VOMIT).flatMap((p) => matchPattern(s, p, 20)).map((m) => m.spans[0]).filter((x): x is Span => x !== undefined).sort((a, b) => a.start - b.start);
    let end = -1;
    for (const sp of spans) {
      if (sp.start >= end) all++;
      end = Math.max(end, sp.end);
    }
  }
  return bloody > 0 && all >= 2;
}

/** Warning signs in a reply (remembered: one turn asks about the same reply more than once). */
export const detectWarningSigns: (text: string) => RedFlagStatement = memoByText((text) => {
  const r = withSoundAlikeSigns(text, readWarningSigns(text));
  // Shared by every caller of the memo: frozen, so none can change another's reading.
  return Object.freeze({
    symptoms: Object.freeze(r.symptoms),
    conditions: Object.freeze(r.conditions),
    unclear: Object.freeze(r.unclear),
    denied: Object.freeze(r.denied),
    beyondContract: Object.freeze(r.beyondContract),
    selfHarmHint: r.selfHarmHint,
  }) as RedFlagStatement;
});

/** A sign found only through a sound-alike ("吐雪" for 吐血) is asked about with one short question, not acted on. */
function withSoundAlikeSigns(text: string, r: Omit<RedFlagStatement, 'selfHarmHint'> & { selfHarmHint: boolean }): typeof r {
  const zh = withSoundAlikes(text);
  const alike = withEnglishSoundAlikes(zh ?? text) ?? zh;
  if (alike === null) return r;
  const again = readWarningSigns(alike);
  const more = again.symptoms.filter((s) => !r.symptoms.includes(s) && !r.unclear.includes(s) && !r.denied.includes(s));
  if (more.length === 0) return r;
  // "吐雪了" read as 吐血: the vomiting is the blood's (asked about), not nausea as well.
  const symptoms = more.includes('vomiting_blood') && !again.symptoms.includes('nausea_vomiting') ? r.symptoms.filter((s) => s !== 'nausea_vomiting') : r.symptoms;
  return { ...r, symptoms, unclear: [...r.unclear, ...more] };
}

/** RF-APAP-OVERDOSE from a count of tablets, in digits or in words ("took about twenty paracetamol"). */
function saysOverdose(text: string): boolean {
  if (saysApapOverdose(capForPhrases(text))) return true;
  const digits = countWordsAsDigits(text);
  return digits !== null && saysApapOverdose(digits);
}

function readWarningSigns(text: string): RedFlagStatement {
  // "what's jaundice?" asks what a word means: that sentence says no sign.
  const all = sentencesOf(text);
  const list = askedTerm(text) === null ? all : all.filter((s) => !asksMeaning(s.text));
  const typingFor = (): boolean => typedForSomeoneElse(text);
  const signs = find(list, SIGNS, typingFor);
  // Thoughts of self-harm are read even in a sentence that asks something ("就是想知道还能活多久，遗书我都写好了").
  const asking = all.filter((s) => !list.includes(s));
  const askingSelfHarm = asking.length === 0 ? null : find(asking, SELF_HARM_SIGNS, typingFor);
  for (const k of askingSelfHarm?.affirmed ?? []) signs.affirmed.add(k);
  for (const k of askingSelfHarm?.others ?? []) signs.others.add(k);
  if (signs.affirmed.has('vomiting_blood') && find(list, NAUSEA_OWN_WORDS, typingFor).affirmed.size === 0 && !vomitsApart(list)) signs.affirmed.delete('nausea_vomiting');
  if (!signs.affirmed.has('alcohol_withdrawal') && DRINK_CUE.test(text.toLowerCase()) && find(list, STOPPED_DRINKING, typingFor).affirmed.size > 0 && find(list, WITHDRAWAL_EVENT, typingFor).affirmed.size > 0) {
    signs.affirmed.add('alcohol_withdrawal');
    signs.affirmed.add('alcohol_dependence');
  }
  // A dependence in remission ("ex alcoholic, 2 years clean", "现在滴酒不沾") is history: heavy drinking in the past.
  if ((signs.affirmed.has('alcohol_dependence') || signs.affirmed.has('alcohol_withdrawal')) && DRINK_CUE.test(text.toLowerCase()) && findIn(list, SOBER_NOW, { typingFor, temporality: false }).affirmed.size > 0) {
    signs.affirmed.delete('alcohol_dependence');
    signs.affirmed.delete('alcohol_withdrawal');
  }
  const symptoms = [...signs.affirmed].filter(isSymptom);
  const conditions = [...signs.affirmed].filter(isCondition);
  if (!conditions.includes('paracetamol_overdose') && saysOverdose(text)) conditions.push('paracetamol_overdose');
  // Thoughts of self-harm said of someone else now ("mum keeps saying she's a burden", "我爸说他想喝农药"), clear or
  // hinted, get the screener question too: a careful clinician asks (ASK-SELF-HARM).
  const hints = find(list, UNCLEAR, typingFor);
  if (asking.length > 0) {
    const more = find(asking, SELF_HARM_HINTS, typingFor);
    for (const k of more.affirmed) hints.affirmed.add(k);
    for (const k of more.others) hints.others.add(k);
  }
  const othersHint = hints.others.has('self_harm') ? ['self_harm'] : [];
  const unclear = [...new Set([...hints.affirmed, ...signs.others, ...othersHint])].filter(isSymptom).filter((s) => !symptoms.includes(s));
  const denied = [...signs.denied].filter(isSymptom).filter((s) => !symptoms.includes(s));
  const beyondContract = [...signs.affirmed].filter((k) => !isSymptom(k) && !isCondition(k));
  return { symptoms, conditions, unclear, denied, beyondContract, selfHarmHint: unclear.includes('self_harm') };
}
