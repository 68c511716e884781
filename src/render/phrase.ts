import type { Translate } from '../i18n';
import type { Say, SayList } from './views';

function isSay(x: unknown): x is Say {
  return typeof x === 'object' && x !== null && typeof (x as { key?: unknown }).key === 'string';
}

function isSayList(x: unknown): x is SayList {
  return typeof x === 'object' && x !== null && Array.isArray((x as { list?: unknown }).list);
}

/** Translates one phrase; a variable that is itself a phrase ("call 999") or a list of phrases is translated first. */
export function phrase(t: Translate, s: Say): string {
  if (!s.vars) return t(s.key);
  const vars: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s.vars)) {
    if (isSay(v)) vars[k] = phrase(t, v);
    else if (isSayList(v)) vars[k] = v.list.map((item) => phrase(t, item)).join(v.separator === 'line' ? '\n' : t('render.comma'));
    else vars[k] = v;
  }
  return t(s.key, vars);
}
