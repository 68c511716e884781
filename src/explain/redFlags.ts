import type { Triage } from '../assessment/types';
import { say, type Say } from '../render/views';
import type { SiteNumbers } from './emergencyNumbers';

/** Sites whose crisis line the locales name with its service (clinical spec §9, [CRISIS]). */
const CRISIS_SITES = new Set(['US', 'CA', 'GB', 'IE', 'AU', 'NZ', 'CN']);

/** "call 999" or "call the emergency number where you live", as a nested phrase. */
export function callPhrase(numbers: SiteNumbers): Say {
  return numbers.emergency ? say('emergency.call', { number: numbers.emergency }) : say('emergency.callLocal');
}

/** The site's crisis line, named by its service; any other site: a local crisis line or the emergency number. */
export function crisisLine(numbers: SiteNumbers): Say {
  if (numbers.site && numbers.crisis && CRISIS_SITES.has(numbers.site)) return say(`emergency.crisisLine.${numbers.site}`);
  return say('emergency.crisisLocal', { call: callPhrase(numbers) });
}

/** The rules whose reason a red-flag reply or the result's warning-sign section explains. */
export function isWarningRule(rule: string): boolean {
  return rule.startsWith('RF-') || rule === 'SYM-HIGH';
}

/** Each warning rule's reason, in the order the rules fired. RF-SELF-HARM is not a reason: its reply is its own. */
export function redFlagReasons(rules: readonly string[]): Say[] {
  return rules.filter((r) => isWarningRule(r) && r !== 'RF-SELF-HARM').map((r) => say(`redflag.${r}`));
}

/**
 * The reply to a warning sign said during the questions (clinical spec §9, SAY-TONE). An emergency opens with what to
 * do, gives the reason, says the check has stopped, and ends with what to do again. RF-SELF-HARM is kind first, says
 * to go to an emergency department after taking anything, gives the emergency number, and ends with the crisis line.
 * An urgent sign opens and ends with seeing a doctor today, and the questions go on.
 */
export function redFlagLines(rules: readonly string[], level: Triage, numbers: SiteNumbers): Say[] {
  const reasons = redFlagReasons(rules);
  const call = callPhrase(numbers);
  if (rules.includes('RF-SELF-HARM')) {
    return [
      say('redflag.RF-SELF-HARM'),
      say('redflag.selfHarmTablets'),
      ...reasons,
      say('redflag.selfHarmCall', { call }),
      say('redflag.ended'),
      crisisLine(numbers),
    ];
  }
  if (level === 'emergency') {
    return [say('redflag.emergencyLead', { call }), ...reasons, say('redflag.ended'), say('explain.disclaimer'), say('explain.close.emergency', { call })];
  }
  return [say('redflag.urgentLead'), ...reasons, say('redflag.urgentClose')];
}

/**
 * What a message after an urgent or emergency ending says: the action again (for an emergency, the warning-sign
 * reply with its number, and the crisis line after self-harm), never a bland "we are done".
 */
export function closingLines(closing: { triage: 'urgent' | 'emergency'; rules: readonly string[] }, numbers: SiteNumbers): Say[] {
  if (closing.triage === 'emergency') return redFlagLines(closing.rules.filter(isWarningRule), 'emergency', numbers);
  return [say('commands.finished'), say('explain.close.urgent')];
}
