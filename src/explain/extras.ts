/**
 * What the dialog knows beyond the contract's input that a result speaks to (SAY-ALCOHOL-HELP, SAY-DOCTOR-SUMMARY,
 * version 4). All optional: the CLI and a parent bot give none.
 */
export interface ExplainExtras {
  /** The person said they drink heavily now, not only in the past ("heavy drinking now"). */
  heavyDrinkingNow?: boolean;
  /** The most drunk on one occasion, in US standard drinks, when the alcohol answer gave one. */
  largestOccasion?: number | null;
  /** ASK-APAP: the most paracetamol taken in any 24 hours, in mg, when it was asked and given. */
  paracetamolMgIn24h?: number | null;
  /** ASK-APAP: the answer was "not sure", or "maybe more". */
  paracetamolUnsure?: boolean;
  /** §8a: the earlier test's date was given as a span ("early October"): it is said as a month. */
  previousDateApproximate?: boolean;
  /** Issue #29 item 1: the typist answers for this person (a `labels.relation.*` key): the actions speak to the typist about them. */
  typingFor?: string;
  /** The current test's date, 'YYYY-MM-DD', when known (a dated report). */
  testDate?: string;
}
