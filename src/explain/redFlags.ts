import { callsAmbulance, firedAbout, isEmergencyBand, isWarningRule, ruleSpec } from '../assessment/rules';
import type { Triage } from '../assessment/types';
import { phrase, type Phrase } from '../views';
import type { SiteNumbers } from './emergencyNumbers';
import { apapWord, whereToday } from './site';


/** Reasons that name a slower time, and how an emergency says them: without a time (SAY-EMERGENCY, version 4). */
const NO_TIME: Readonly<Record<string, string>> = {
  'redflag.SYM-HIGH': 'redflag.noTime.SYM-HIGH',
  'redflag.RF-PREGNANCY': 'redflag.noTime.RF-PREGNANCY',
  'explain.band.moderate': 'explain.bandNoTime.moderate',
  'explain.band.severe': 'explain.bandNoTime.severe',
};

/** A reason as an emergency result says it: a slower time is left out. Other levels keep it. */
export function noTime(line: Phrase, triage: Triage): Phrase {
  const plain = triage === 'emergency' ? NO_TIME[line.key] : undefined;
  return plain ? { ...line, key: plain } : line;
}

/** The opening action of an emergency: an ambulance for chest pain, a gut bleed, confusion and withdrawal; else go now. */
export function emergencyAction(rules: readonly string[], numbers: SiteNumbers): Phrase {
  return phrase(callsAmbulance(rules) ? 'explain.action.ambulance' : 'explain.action.emergency', { call: callPhrase(numbers) });
}

/** The closing action of an emergency, the same choice as the opening one. */
export function emergencyClose(rules: readonly string[], numbers: SiteNumbers): Phrase {
  return phrase(callsAmbulance(rules) ? 'explain.close.ambulance' : 'explain.close.emergency', { call: callPhrase(numbers) });
}

/** Sites whose crisis line the locales name with its service (clinical spec §9, [CRISIS]). */
const CRISIS_SITES = new Set(['US', 'CA', 'GB', 'IE', 'AU', 'NZ', 'CN']);

/** "call 999" or "call the emergency number where you live", as a nested phrase. */
export function callPhrase(numbers: SiteNumbers): Phrase {
  return numbers.emergency ? phrase('emergency.call', { number: numbers.emergency }) : phrase('emergency.callLocal');
}

/** The site's crisis line, named by its service; any other site: a local crisis line or the emergency number. */
export function crisisLine(numbers: SiteNumbers): Phrase {
  if (numbers.site && numbers.crisis && CRISIS_SITES.has(numbers.site)) return phrase(`emergency.crisisLine.${numbers.site}`);
  return phrase('emergency.crisisLocal', { call: callPhrase(numbers) });
}

/**
 * Each warning rule's reason, in the order the rules fired, said without a slower time in an emergency. RF-SELF-HARM
 * is not a reason: its reply is its own. LEVEL-NOW: BAND-MASSIVE, the values alone, is a reason of its own.
 */
export function redFlagReasons(rules: readonly string[], level: Triage, numbers: SiteNumbers): Phrase[] {
  const apap = { apap: apapWord(numbers) };
  return rules
    .filter((r) => (isWarningRule(r) && ruleSpec(r)?.topic !== 'self_harm') || isEmergencyBand(r))
    .map((r) => noTime(ruleSpec(r)?.topic === 'paracetamol' ? phrase(`redflag.${r}`, apap) : phrase(`redflag.${r}`), level));
}

/**
 * The reply to a warning sign said during the questions (clinical spec §9, SAY-TONE). An emergency opens with what to
 * do, gives the reason, says the check has stopped, and ends with what to do again. RF-SELF-HARM is kind first, says
 * to go to an emergency department after taking anything, gives the emergency number, and ends with the crisis line.
 * An urgent sign opens and ends with seeing a doctor today, and the questions go on.
 */
export function redFlagLines(rules: readonly string[], level: Triage, numbers: SiteNumbers, doctor: readonly Phrase[] = [], allRules: readonly string[] = rules): Phrase[] {
  const reasons = redFlagReasons(rules, level, numbers);
  const call = callPhrase(numbers);
  if (firedAbout(rules, 'self_harm')) {
    return [
      phrase('redflag.RF-SELF-HARM'),
      phrase('redflag.selfHarmTablets'),
      ...reasons,
      phrase('redflag.selfHarmCall', { call }),
      phrase('redflag.ended'),
      crisisLine(numbers),
    ];
  }
  if (level === 'emergency') {
    // SAY-EMERGENCY (version 4): the doctor summary goes with the person, before the final action.
    return [emergencyAction(allRules, numbers), ...reasons, phrase('redflag.ended'), ...doctor, phrase('explain.disclaimer'), emergencyClose(allRules, numbers)];
  }
  // RF-PREGNANCY goes to the maternity team; the questions go on.
  if (firedAbout(rules, 'pregnancy')) return [phrase('explain.action.urgentPregnancy'), ...reasons, phrase('redflag.urgentClosePregnancy')];
  return [phrase('redflag.urgentLead', { where: whereToday(numbers) }), ...reasons, phrase('redflag.urgentClose')];
}

/**
 * What a message after an urgent or emergency ending says: the action again (for an emergency, the warning-sign
 * reply with its number, and the crisis line after self-harm), never a bland "we are done".
 */
export function closingLines(closing: { triage: 'urgent' | 'emergency'; rules: readonly string[] }, numbers: SiteNumbers): Phrase[] {
  if (closing.triage === 'emergency') return redFlagLines(closing.rules.filter((r) => isWarningRule(r) || isEmergencyBand(r)), 'emergency', numbers, [], closing.rules);
  return [phrase('commands.finished'), firedAbout(closing.rules, 'pregnancy') ? phrase('explain.close.urgentPregnancy') : phrase('explain.close.urgent', { where: whereToday(numbers) })];
}
