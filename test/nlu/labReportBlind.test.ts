import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLabReport, type AnalyteReading, type LabReading } from '../../src/nlu/labReport';

/**
 * The blind set (issue #28): reports in layouts docs/lab-report-formats.md does not list, written before the work
 * started by a writer who had not read the parser. Frozen: never edited but for an evident label error (listed in
 * docs/understanding.md). Scored as the dialog would use the reading: "read in one go and right" is both values, both upper
 * limits (the person's sex picks a sex-split limit; the lower when unknown) and the unit as labelled with nothing to
 * ask (a value read from OCR damage with one possible correction counts as read: it is said back, not asked); or,
 * where the label says the bot must ask, that the reader does not silently take a value.
 */
interface BlindItem {
  id: string;
  layout: string;
  text: string;
  sex: 'male' | 'female' | null;
  expect: {
    alt: number | null;
    altUln: number | null;
    ast: number | null;
    astUln: number | null;
    unit: 'U/L' | 'ukat/L' | null;
    date: string | null;
    previous: { alt: number | null; altUln: number | null; date: string | null } | null;
    ask: 'which_newest' | 'ocr_value' | 'unit' | 'range' | null;
  };
}

const ITEMS = JSON.parse(readFileSync(new URL('./reports/blind-set1.json', import.meta.url), 'utf8')) as BlindItem[];

function uln(r: AnalyteReading | null, sex: BlindItem['sex']): number | null {
  if (!r) return null;
  if (r.range) return r.range[1];
  if (!r.sexRanges) return null;
  if (sex) return r.sexRanges[sex][1];
  return Math.min(r.sexRanges.male[1], r.sexRanges.female[1]);
}

const iso = (d: number | null | undefined): string | null =>
  d == null ? null : `${Math.floor(d / 10000)}-${String(Math.floor(d / 100) % 100).padStart(2, '0')}-${String(d % 100).padStart(2, '0')}`;

/** What the reader gives, as the label states it; `doubts` and `previous` are absent from the base reader (77fcdb5). */
function seen(item: BlindItem): Record<string, unknown> {
  const r: LabReading = parseLabReport(item.text);
  const extra: Partial<Pick<LabReading, 'doubts' | 'previous'>> = r;
  return {
    alt: r.alt?.value ?? null,
    altUln: uln(r.alt, item.sex),
    ast: r.ast?.value ?? null,
    astUln: uln(r.ast, item.sex),
    unit: r.unit,
    newestBy: r.newestBy,
    doubtedUnit: r.doubtedUnit,
    doubts: (extra.doubts ?? []).map((d) => `${d.field}:${d.kind}`),
    date: iso(r.date),
    previous: extra.previous ? { alt: extra.previous.alt, date: iso(extra.previous.date) } : null,
  };
}

/** Right in one go: the values, limits and unit as labelled and nothing asked; or asked where the label says ask. */
function right(item: BlindItem, got: Record<string, unknown>): boolean {
  const e = item.expect;
  const doubts = got.doubts as string[];
  // A reading of OCR damage with one correction ("4l" as 41) is read, and said back for confirmation (issue #28, 2).
  const asks = doubts.filter((d) => !d.endsWith(':ocr'));
  const same = (k: 'alt' | 'altUln' | 'ast' | 'astUln'): boolean => got[k] === e[k];
  switch (e.ask) {
    case 'which_newest':
      return got.newestBy === 'ask';
    case 'ocr_value': {
      // The label leaves null the value that must be asked: the reader must not take it silently.
      const fields = (['alt', 'ast'] as const).filter((f) => e[f] === null);
      return fields.every((f) => got[f] === null || doubts.some((d) => d.startsWith(`${f}:`)));
    }
    case 'unit':
      return same('alt') && same('ast') && same('altUln') && same('astUln') && got.unit === null;
    case 'range':
      return same('alt') && same('ast') && same('altUln') && same('astUln') && got.newestBy !== 'ask';
    default:
      return (
        same('alt') && same('ast') && same('altUln') && same('astUln') && got.unit === e.unit &&
        got.newestBy !== 'ask' && got.doubtedUnit === null && asks.length === 0
      );
  }
}

describe('the blind report set (issue #28), read in one go', () => {
  it('has at least 30 reports', () => {
    expect(ITEMS.length).toBeGreaterThanOrEqual(30);
  });

  it('reads the reports right in one go, or asks where it must; reports the figures', () => {
    let ok = 0;
    let dated = 0;
    let datesRight = 0;
    let withPrevious = 0;
    let previousRight = 0;
    const misses: string[] = [];
    for (const item of ITEMS) {
      const got = seen(item);
      if (right(item, got)) ok++;
      else misses.push(`${item.id} (${item.layout}): got ${JSON.stringify(got)}`);
      if (item.expect.date && !item.expect.ask) {
        dated++;
        if (got.date === item.expect.date) datesRight++;
      }
      if (item.expect.previous) {
        withPrevious++;
        const p = got.previous as { alt: number | null; date: string | null } | null;
        if (p?.alt === item.expect.previous.alt && p.date === item.expect.previous.date) previousRight++;
      }
    }
    console.log(`blind set: read right in one go ${ok}/${ITEMS.length}; date taken ${datesRight}/${dated}; previous ${previousRight}/${withPrevious}`);
    for (const m of misses) console.log(`  missed: ${m}`);
    // Floors at the figures measured after issue #28 (base 77fcdb5: 17/46, dates 2/37, previous 0/16).
    expect(ok).toBeGreaterThanOrEqual(45);
    expect(datesRight).toBeGreaterThanOrEqual(37);
    expect(previousRight).toBeGreaterThanOrEqual(15);
  });
});
