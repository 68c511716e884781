import { regionOf } from '../i18n/locales';
import type { Locale, Range, Sex, UlnSource } from './types';
import type { RuleId } from './rules';

/**
 * ULN-DEFAULT, in U/L: ALT by region [ACG] [WST404]: the spec's Chinese row in China, its English row anywhere
 * else; AST anywhere [WST404].
 */
export const DEFAULT_ULN = {
  alt: {
    other: { male: 33, female: 25, unknown: 25 },
    CN: { male: 50, female: 40, unknown: 40 },
  },
  ast: { male: 40, female: 35, unknown: 35 },
} as const;

export interface Uln {
  uln: number;
  source: UlnSource;
  rules: RuleId[];
}

function sexKey(sex: Sex): 'male' | 'female' | 'unknown' {
  return sex ?? 'unknown';
}

/**
 * ULN-DEFAULT-SITE (version 4): the ALT row follows the site, not the language. Site CN takes the Chinese row, any
 * other site (in the site table or not) the English one; with no site, the country the locale names decides (a
 * Chinese conversation, whose tag names China, takes the Chinese row), so no language is named here.
 */
export function defaultUlnRow(locale: Locale, site: string | null | undefined): keyof typeof DEFAULT_ULN.alt {
  const code = (site ?? '').trim().toUpperCase() || regionOf(locale);
  return code === 'CN' ? 'CN' : 'other';
}

/** ULN-LAB when the lab gave a range; otherwise ULN-DEFAULT, and ULN-SEX-UNKNOWN takes the lower (female) limit. */
export function upperLimit(analyte: 'alt' | 'ast', rangeUl: Range | null, sex: Sex, locale: Locale, site: string | null = null): Uln {
  if (rangeUl !== null) return { uln: rangeUl[1], source: 'lab', rules: ['ULN-LAB'] };
  const table = analyte === 'alt' ? DEFAULT_ULN.alt[defaultUlnRow(locale, site)] : DEFAULT_ULN.ast;
  const rules: RuleId[] = sex === null ? ['ULN-DEFAULT', 'ULN-SEX-UNKNOWN'] : ['ULN-DEFAULT'];
  if (analyte === 'alt' && (site ?? '').trim() !== '') rules.push('ULN-DEFAULT-SITE');
  return { uln: table[sexKey(sex)], source: 'default', rules };
}
