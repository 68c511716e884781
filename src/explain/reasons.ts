import type { AssessmentInput, AssessmentResult, Condition, Triage } from '../assessment/types';
import { list, say, type Say } from '../render/views';
import { crisisLine, noTime } from './redFlags';
import type { SiteNumbers } from './emergencyNumbers';
import type { ExplainExtras } from './extras';
import { medicineReason } from './medicines';
import { apapWord } from './site';

export { noTime } from './redFlags';

/** What one fired rule says about why the level is what it is, at the level that rule sets. */
export interface Reason {
  level: Triage;
  /** Within a level, warning signs come first, then how high ALT is, then the rest. */
  rank?: number;
  line: Say;
  /** Lines that belong with it (RF-SELF-HARM's crisis line). */
  extra?: Say[];
}

/** The level each warning rule sets (clinical spec §5). */
const WARNING_LEVEL: Record<string, Triage> = {
  'RF-CONFUSION': 'emergency',
  'RF-GI-BLEED': 'emergency',
  'RF-APAP-OVERDOSE': 'emergency',
  'RF-APAP-SEVERE': 'emergency',
  'RF-CHEST-PAIN': 'emergency',
  'RF-SELF-HARM': 'emergency',
  'RF-CHOLANGITIS': 'emergency',
  'RF-WITHDRAWAL': 'emergency',
  'RF-JAUNDICE-HIGH': 'emergency',
  'RF-JAUNDICE': 'urgent',
  'RF-BLEEDING': 'urgent',
  'RF-SWELLING': 'urgent',
  'RF-FEVER-PAIN': 'urgent',
  'RF-PREGNANCY': 'urgent',
  'SYM-HIGH': 'urgent',
};

const BAND_LEVEL: Record<string, Triage> = {
  'BAND-MASSIVE': 'emergency',
  'BAND-SEVERE': 'urgent',
  'BAND-MODERATE': 'urgent',
  'BAND-MILD': 'soon',
  'BAND-BORDERLINE': 'routine',
};

/** The conditions each COND-* rule explains, one plain sentence each (clinical spec §6 and §9). */
const CONDITION_RULES: Record<string, readonly Condition[]> = {
  'COND-VIRAL': ['hepatitis_b', 'hepatitis_c'],
  'COND-LIVER': ['known_liver_disease'],
  'COND-IMMUNO': ['immunosuppressed'],
  'COND-ALCOHOL': ['heavy_alcohol_history'],
};

const SYM_ANY = ['nausea_vomiting', 'abdominal_pain', 'fever', 'itching'] as const;
const ORDER: readonly Triage[] = ['emergency', 'urgent', 'soon', 'routine'];

/**
 * Everything that raised the level, most urgent first: warning signs, how high ALT is, symptoms, conditions,
 * heavy drinking, medicines, age. The first is the one-line reason under the action; the rest explain it.
 */
export function reasonsFor(result: AssessmentResult, input: AssessmentInput, numbers: SiteNumbers, extras: ExplainExtras = {}): Reason[] {
  const out: Reason[] = [];
  const rules = new Set(result.rules);
  const timed = (line: Say): Say => noTime(line, result.triage);
  for (const rule of result.rules) {
    const warning = WARNING_LEVEL[rule];
    if (warning) {
      if (rule === 'RF-SELF-HARM') out.push({ level: warning, rank: 0, line: say('redflag.RF-SELF-HARM'), extra: [crisisLine(numbers)] });
      else if (rule.startsWith('RF-APAP-')) out.push({ level: warning, rank: 0, line: say(`redflag.${rule}`, { apap: apapWord(numbers) }) });
      else out.push({ level: warning, rank: 0, line: timed(say(`redflag.${rule}`)) });
      continue;
    }
    const band = BAND_LEVEL[rule];
    if (band) out.push({ level: band, rank: 1, line: timed(say(`explain.band.${result.alt.band}`)) });
  }
  if (rules.has('SYM-ANY') && !rules.has('SYM-HIGH')) {
    const named = SYM_ANY.filter((s) => input.symptoms.includes(s)).map((s) => say(`labels.symptoms.${s}`));
    out.push({ level: 'soon', line: say('explain.reason.SYM-ANY', { symptoms: list(named, 'comma') }) });
  }
  for (const [rule, conditions] of Object.entries(CONDITION_RULES)) {
    if (!rules.has(rule)) continue;
    for (const c of conditions) {
      if (!input.conditions.includes(c)) continue;
      // SAY-ALCOHOL-HELP (version 4): heavy drinking is said as the person gave it, now or in the past.
      const key = c === 'heavy_alcohol_history' && extras.heavyDrinkingNow ? 'heavy_drinking_now' : c;
      out.push({ level: 'soon', line: say(`explain.reason.${key}`) });
    }
  }
  // An emergency carries no lifestyle advice, but a heavy drinker still hears not to stop alone (SAY-ALCOHOL-HELP).
  if (rules.has('ALC-HEAVY') && result.triage === 'emergency') out.push({ level: 'soon', line: say('explain.reason.alcoholHelp') });
  // In an emergency the medicine goes with the person to the emergency department: no "within a day" advice.
  const medicine = result.triage === 'emergency' ? null : medicineReason(result);
  if (medicine) out.push(medicine);
  if (rules.has('PATTERN-BOTH')) out.push({ level: 'soon', line: say('explain.reason.PATTERN-BOTH') });
  if (rules.has('PATTERN-AST-ONLY') && result.triage !== 'routine') out.push({ level: 'soon', line: say('explain.reason.PATTERN-AST-ONLY') });
  if (result.notes.includes('child')) out.push({ level: 'soon', line: say('explain.child') });
  return out.sort((a, b) => ORDER.indexOf(a.level) - ORDER.indexOf(b.level) || (a.rank ?? 2) - (b.rank ?? 2));
}
