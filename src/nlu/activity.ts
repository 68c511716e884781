import { NLU_SOURCES } from '../i18n/resources';
import { cueMatcher } from './cues';

/**
 * How hard an activity is, after the Compendium of Physical Activities (Ainsworth et al.): light and moderate
 * activities (walking, the dog, yoga, tai chi, 广场舞, gardening, housework, golf: under about 6 METs) are not the
 * hard exercise that raises ALT (spec: strenuous or resistance exercise in the week before); vigorous ones (a race,
 * a 10 km run, weights, moving house) are. An "easy" word ("slow and easy", "took it easy") makes one light. The words
 * are data (`activity` in locales/nlu).
 */
const GENTLE = cueMatcher(NLU_SOURCES.flatMap((n) => n.activity.gentle));
const EASY = cueMatcher(NLU_SOURCES.flatMap((n) => n.activity.easy));
const VIGOROUS = cueMatcher(NLU_SOURCES.flatMap((n) => n.activity.vigorous));

/** The reply names only light or moderate activity ("walk the dog daily", "跳广场舞", "20 km cycle, took it easy"). */
export function onlyGentleActivity(text: string): boolean {
  if (!GENTLE.test(text) && !EASY.test(text)) return false;
  // "a slow 10k" is still a 10k race; an easy word softens what is not vigorous by name.
  return !VIGOROUS.test(text) || (EASY.test(text) && !/\b(?:race|marathon|\d+\s*k\b|weights|gym)|马拉松|半马|比赛/i.test(text));
}

/** The reply names vigorous activity ("moved house", "前天搬家扛了一天柜子"). */
export function namesVigorousActivity(text: string): boolean {
  return VIGOROUS.test(text);
}
