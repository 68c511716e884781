import { fire, type Firing } from './firing';
import type { Note, Pattern } from './types';

export interface PatternFinding {
  pattern: Pattern;
  firing: Firing;
  notes: Note[];
  /** A retest after a week's rest, for AST alone raised after hard exercise. */
  retestAfterRest: boolean;
}

/** AST/ALT at or above this is often seen with alcohol-related liver injury [ACG]. */
export const AST_ALT_RATIO_NOTE = 2;
/** The exercise exception of PATTERN-AST-ONLY holds under this many times AST's ULN [EX]. */
export const AST_ONLY_EXERCISE_MAX_TIMES_ULN = 3;
export const RECENT_EXERCISE_DAYS = 7;

export function recentHardExercise(daysBefore: number | null): boolean {
  return daysBefore !== null && daysBefore >= 0 && daysBefore <= RECENT_EXERCISE_DAYS;
}

/** Section 4 of the spec. */
export function patternFinding(
  altRaised: boolean,
  astRaised: boolean,
  astOverAlt: number,
  astTimesUln: number,
  exerciseDaysBefore: number | null,
): PatternFinding {
  if (altRaised && !astRaised) {
    return { pattern: 'isolated_alt', firing: fire('PATTERN-ISOLATED-ALT'), notes: [], retestAfterRest: false };
  }
  if (altRaised && astRaised) {
    const notes: Note[] = astOverAlt >= AST_ALT_RATIO_NOTE ? ['ast_alt_ratio_high'] : [];
    return { pattern: 'both_raised', firing: fire('PATTERN-BOTH'), notes, retestAfterRest: false };
  }
  if (astRaised) {
    const exception = recentHardExercise(exerciseDaysBefore) && astTimesUln < AST_ONLY_EXERCISE_MAX_TIMES_ULN;
    return exception
      ? { pattern: 'ast_only', firing: fire('PATTERN-AST-ONLY', 'routine'), notes: ['ast_only_after_exercise'], retestAfterRest: true }
      : { pattern: 'ast_only', firing: fire('PATTERN-AST-ONLY', 'soon'), notes: [], retestAfterRest: false };
  }
  return { pattern: 'normal', firing: fire('PATTERN-NORMAL'), notes: [], retestAfterRest: false };
}
