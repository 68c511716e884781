import type { Translate } from '../i18n';
import type { Phrase, PhraseList } from '../views';

function isSay(x: unknown): x is Phrase {
  return typeof x === 'object' && x !== null && typeof (x as { key?: unknown }).key === 'string';
}

function isSayList(x: unknown): x is PhraseList {
  return typeof x === 'object' && x !== null && Array.isArray((x as { list?: unknown }).list);
}

/** Translates one phrase; a variable that is itself a textOf ("call 999") or a list of phrases is translated first. */
export function textOf(t: Translate, s: Phrase): string {
  if (!s.vars) return t(s.key);
  const vars: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s.vars)) {
    if (isSay(v)) vars[k] = textOf(t, v);
    else if (isSayList(v)) vars[k] = v.list.map((item) => textOf(t, item)).join(v.separator === 'line' ? '\n' : t('render.comma'));
    else vars[k] = v;
  }
  return t(s.key, vars);
}
