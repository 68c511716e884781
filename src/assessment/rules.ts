import { bandAtLeast } from './bands';
import { moreUrgent, type Band, type Condition, type Symptom, type Triage } from './types';

/** What the red flags and warning rules look at. */
export interface RedFlagContext {
  symptoms: ReadonlySet<Symptom>;
  conditions: ReadonlySet<Condition>;
  /** ALT / ULN, or null when ALT is not known yet (an interruption early in the dialog). */
  r: number | null;
  band: Band | null;
  /** RF-APAP-OVERDOSE from a medicine answer: more than the label allows was taken. */
  apapOverdoseInMedicines: boolean;
  /** An acetaminophen/paracetamol product among the matched medicines (`medication:acetaminophen`), for RF-APAP-SEVERE. */
  apapAmongMedicines: boolean;
}

/**
 * RF-APAP-SEVERE's threshold: the spec writes "band severe or massive (r ≥ 15)" while BAND-SEVERE starts above 15;
 * the cautious reading, r ≥ 15, is taken (so r exactly 15, band moderate, fires it too).
 */
export const APAP_SEVERE_TIMES_ULN = 15;

/**
 * What a rule is: a red flag (§5, `RF-*`, listed in `result.redFlags`), a warning (SYM-HIGH: explained as a warning
 * sign but not a red flag), a symptom rule that raises the level without being a warning (SYM-ANY), an ALT band,
 * a factor, a condition, a pattern, an input check, a question the spec asks, a way of saying things, or a retest.
 */
export type RuleKind = 'red_flag' | 'warning' | 'symptom' | 'band' | 'factor' | 'condition' | 'pattern' | 'input' | 'ask' | 'say' | 'retest';

/** `varies`: the rule's level depends on the values (MED-DILI, PATTERN-AST-ONLY); the code that fires it gives it. */
export type RuleLevel = Triage | null | 'varies';

export interface RuleSpec {
  kind: RuleKind;
  level: RuleLevel;
  /** The sources the spec cites for the rule. */
  sources: readonly string[];
  /** A red flag's or warning's condition (§5). */
  when?: (ctx: RedFlagContext) => boolean;
  /** The symptoms or conditions this rule is about, for rules that are about a sign (§5, §6). */
  signs?: { symptoms?: readonly Symptom[]; conditions?: readonly Condition[] };
  /** SAY-EMERGENCY (version 4): the action is an ambulance, and not driving oneself. */
  ambulance?: true;
  /** What the rule is about, where the explanation says it its own way (the maternity team, the crisis line, the paracetamol product's name). */
  topic?: 'pregnancy' | 'self_harm' | 'paracetamol';
}

const SYM_HIGH: readonly Symptom[] = ['nausea_vomiting', 'abdominal_pain', 'fever', 'itching', 'fatigue'];
const SYM_ANY: readonly Symptom[] = ['nausea_vomiting', 'abdominal_pain', 'fever', 'itching'];

const has = (ctx: RedFlagContext, ...any: readonly Symptom[]): boolean => any.some((s) => ctx.symptoms.has(s));
const altRaised = (ctx: RedFlagContext): boolean => ctx.r !== null && ctx.r > 1;
const atLeast3 = (ctx: RedFlagContext): boolean => ctx.r !== null && ctx.r >= 3;
const bandFrom = (ctx: RedFlagContext, floor: Band): boolean => ctx.band !== null && bandAtLeast(ctx.band, floor);

const spec = (kind: RuleKind, level: RuleLevel, sources: readonly string[], more: Omit<RuleSpec, 'kind' | 'level' | 'sources'> = {}): RuleSpec => ({
  kind,
  level,
  sources,
  ...more,
});

/**
 * Every rule id of docs/clinical-spec.md (version 4): its kind, the level it sets, and the sources the spec cites.
 * The red flags and warnings (§5) carry their condition, in the order the spec lists them; `redFlagFirings` fires
 * from here, and the explanation, the dialogs and the tests ask here what a rule is and what level it sets.
 * A test checks that each id stands in the spec.
 */
export const RULES = {
  'UNIT-UL': spec('input', null, ['ACG']),
  'UNIT-UKAT': spec('input', null, ['ACG']),
  'VALUE-CHECK': spec('input', null, []),
  'AGE-ADULT': spec('factor', 'soon', []),
  'ULN-LAB': spec('input', null, ['ACG', 'BSG']),
  'ULN-DEFAULT': spec('input', null, ['ACG', 'WST404']),
  'ULN-SEX-UNKNOWN': spec('input', null, ['ACG', 'WST404']),
  'ULN-DEFAULT-SITE': spec('input', null, ['ACG', 'WST404']),
  'LEVEL-NOW': spec('say', null, []),
  'BAND-NORMAL': spec('band', null, ['ACG']),
  'BAND-BORDERLINE': spec('band', 'routine', ['ACG']),
  'BAND-MILD': spec('band', 'soon', ['ACG']),
  'BAND-MODERATE': spec('band', 'urgent', ['ACG']),
  'BAND-SEVERE': spec('band', 'urgent', ['ACG']),
  'BAND-MASSIVE': spec('band', 'emergency', ['ACG']),
  'PATTERN-ISOLATED-ALT': spec('pattern', null, ['SEED']),
  'PATTERN-BOTH': spec('pattern', 'soon', ['ACG']),
  'PATTERN-AST-ONLY': spec('pattern', 'varies', ['EX', 'ACG']),
  'PATTERN-NORMAL': spec('pattern', 'routine', []),
  'RF-CONFUSION': spec('red_flag', 'emergency', ['ACG'], { when: (c) => has(c, 'confusion'), signs: { symptoms: ['confusion'] }, ambulance: true }),
  'RF-GI-BLEED': spec('red_flag', 'emergency', [], {
    when: (c) => has(c, 'vomiting_blood', 'black_stools'),
    signs: { symptoms: ['vomiting_blood', 'black_stools'] },
    ambulance: true,
  }),
  'RF-APAP-OVERDOSE': spec('red_flag', 'emergency', ['APAP'], {
    when: (c) => c.conditions.has('paracetamol_overdose') || c.apapOverdoseInMedicines,
    signs: { conditions: ['paracetamol_overdose'] },
    topic: 'paracetamol',
  }),
  'RF-APAP-SEVERE': spec('red_flag', 'emergency', ['APAP', 'ACG'], {
    when: (c) => c.apapAmongMedicines && (bandFrom(c, 'severe') || (c.r !== null && c.r >= APAP_SEVERE_TIMES_ULN)),
    topic: 'paracetamol',
  }),
  'RF-CHEST-PAIN': spec('red_flag', 'emergency', [], { when: (c) => has(c, 'chest_pain'), signs: { symptoms: ['chest_pain'] }, ambulance: true }),
  'RF-SELF-HARM': spec('red_flag', 'emergency', ['CRISIS'], { when: (c) => has(c, 'self_harm'), signs: { symptoms: ['self_harm'] }, topic: 'self_harm' }),
  'RF-CHOLANGITIS': spec('red_flag', 'emergency', ['CHOL'], {
    when: (c) => has(c, 'fever') && has(c, 'jaundice'),
    signs: { symptoms: ['fever', 'jaundice'] },
  }),
  'RF-WITHDRAWAL': spec('red_flag', 'emergency', ['NICE-ALC'], {
    when: (c) => has(c, 'alcohol_withdrawal'),
    signs: { symptoms: ['alcohol_withdrawal'] },
    ambulance: true,
  }),
  'RF-JAUNDICE-HIGH': spec('red_flag', 'emergency', ['FDA-DILI', 'ACG'], {
    when: (c) => (has(c, 'jaundice') && atLeast3(c)) || (has(c, 'bleeding_bruising') && bandFrom(c, 'moderate')),
    signs: { symptoms: ['jaundice', 'bleeding_bruising'] },
  }),
  'RF-JAUNDICE': spec('red_flag', 'urgent', ['BSG'], {
    when: (c) => has(c, 'jaundice', 'dark_urine', 'pale_stools'),
    signs: { symptoms: ['jaundice', 'dark_urine', 'pale_stools'] },
  }),
  'RF-BLEEDING': spec('red_flag', 'urgent', [], { when: (c) => has(c, 'bleeding_bruising'), signs: { symptoms: ['bleeding_bruising'] } }),
  'RF-SWELLING': spec('red_flag', 'urgent', [], { when: (c) => has(c, 'swollen_abdomen'), signs: { symptoms: ['swollen_abdomen'] } }),
  'RF-FEVER-PAIN': spec('red_flag', 'urgent', [], {
    when: (c) => has(c, 'fever') && has(c, 'abdominal_pain'),
    signs: { symptoms: ['fever', 'abdominal_pain'] },
  }),
  'RF-PREGNANCY': spec('red_flag', 'urgent', ['PREG'], {
    when: (c) => c.conditions.has('pregnancy') && altRaised(c),
    signs: { conditions: ['pregnancy'] },
    topic: 'pregnancy',
  }),
  'SYM-HIGH': spec('warning', 'urgent', ['FDA-DILI', 'EASL-DILI'], { when: (c) => atLeast3(c) && has(c, ...SYM_HIGH), signs: { symptoms: SYM_HIGH } }),
  'SYM-ANY': spec('symptom', 'soon', [], { when: (c) => altRaised(c) && has(c, ...SYM_ANY), signs: { symptoms: SYM_ANY } }),
  'ASK-SIGNS': spec('ask', null, []),
  'ASK-APAP': spec('ask', null, ['APAP']),
  'ASK-SELF-HARM': spec('ask', null, ['CSSRS', 'ASK']),
  'COND-VIRAL': spec('condition', 'soon', ['ACG'], { signs: { conditions: ['hepatitis_b', 'hepatitis_c'] } }),
  'COND-LIVER': spec('condition', 'soon', ['ACG'], { signs: { conditions: ['known_liver_disease'] } }),
  'COND-IMMUNO': spec('condition', 'soon', ['ACG'], { signs: { conditions: ['immunosuppressed'] } }),
  'COND-ALCOHOL': spec('condition', 'soon', [], { signs: { conditions: ['heavy_alcohol_history'] } }),
  'COND-METABOLIC': spec('condition', null, ['ACG', 'BSG'], { signs: { conditions: ['overweight', 'diabetes'] } }),
  'FACTOR-SLEEP': spec('factor', null, ['SEED']),
  'FACTOR-ALCOHOL': spec('factor', null, ['NIAAA', 'UKCMO', 'HSE', 'NHMRC', 'NZ', 'CDG']),
  'ALC-HEAVY': spec('factor', 'soon', ['NICE-ALC']),
  'FACTOR-EXERCISE': spec('factor', null, ['EX']),
  'FACTOR-MEDICATION': spec('factor', null, ['SEED', 'LiverTox']),
  'MED-DILI': spec('factor', 'varies', ['FDA-DILI', 'EASL-DILI']),
  'MED-HBV-ANTIVIRAL': spec('factor', null, ['EASL-HBV']),
  'RETEST-ROUTINE': spec('retest', null, ['EX', 'ACG', 'BSG']),
  'TREND-NORMAL-NOW': spec('factor', null, []),
  'TREND-PERSISTENT': spec('factor', 'soon', ['ACG', 'BSG']),
  'TREND-RISING': spec('factor', 'soon', []),
  /** §8a, not built yet (another issue): named here because the spec defines it. */
  'RETEST-REMINDER': spec('retest', null, []),
  'SAY-TONE': spec('say', null, []),
  'SAY-SAFETY-NET': spec('say', null, []),
  'SAY-EMERGENCY': spec('say', null, []),
  'SAY-PREGNANCY': spec('say', null, ['ICP', 'PREG']),
  'SAY-CAUSES': spec('say', null, []),
  'SAY-AMOUNTS': spec('say', null, []),
  'SAY-ALCOHOL-HELP': spec('say', null, ['NICE-ALC']),
  'SAY-DOCTOR-SUMMARY': spec('say', null, []),
  'SAY-SITE': spec('say', null, ['CRISIS', 'NIAAA', 'UKCMO', 'HSE', 'NHMRC', 'NZ', 'CDG']),
} as const satisfies Record<string, RuleSpec>;

export type RuleId = keyof typeof RULES;

const TABLE: Readonly<Record<string, RuleSpec>> = RULES;

export function isRuleId(id: string): id is RuleId {
  return Object.hasOwn(TABLE, id);
}

/** The table's entry for a rule id, or undefined for an id the spec does not define. */
export function ruleSpec(id: string): RuleSpec | undefined {
  return isRuleId(id) ? TABLE[id] : undefined;
}

/** The level a rule sets, as the table gives it (null: none, or one that varies with the values). */
export function ruleLevel(id: string): Triage | null {
  const level = ruleSpec(id)?.level;
  return level === undefined || level === 'varies' ? null : level;
}

/** A red flag: listed in `result.redFlags` (the `RF-*` rules of §5). */
export function isRedFlag(id: string): boolean {
  return ruleSpec(id)?.kind === 'red_flag';
}

/** A warning rule: explained as a warning sign, in a red-flag reply and in the result (the red flags and SYM-HIGH). */
export function isWarningRule(id: string): boolean {
  const kind = ruleSpec(id)?.kind;
  return kind === 'red_flag' || kind === 'warning';
}

/** The band that is an emergency on the values alone (BAND-MASSIVE, said as LEVEL-NOW). */
export function isEmergencyBand(id: string): boolean {
  const s = ruleSpec(id);
  return s?.kind === 'band' && s.level === 'emergency';
}

/** The rule ids of a kind, in the table's order. */
export function rulesWhere(test: (spec: RuleSpec, id: RuleId) => boolean): RuleId[] {
  return (Object.keys(RULES) as RuleId[]).filter((id) => test(TABLE[id], id));
}

/** Whether any of these fired rules is about this topic. */
export function firedAbout(rules: readonly string[], topic: NonNullable<RuleSpec['topic']>): boolean {
  return rules.some((r) => ruleSpec(r)?.topic === topic);
}

/** Whether any of these fired rules calls for an ambulance (SAY-EMERGENCY, version 4). */
export function callsAmbulance(rules: readonly string[]): boolean {
  return rules.some((r) => ruleSpec(r)?.ambulance === true);
}

/** The most urgent of the levels, routine when none: the triage (§7). */
export function mostUrgent(levels: Iterable<Triage | null>): Triage {
  let out: Triage = 'routine';
  for (const l of levels) if (l !== null) out = moreUrgent(out, l);
  return out;
}
