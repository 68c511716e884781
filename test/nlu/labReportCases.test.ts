import { describe, expect, it } from 'vitest';
import { parseLabReport, type LabReading } from '../../src/nlu/labReport';
import { REPORT_CASES, type ReportCase } from './reports/cases';

/** Every field the dialog takes from a paste; a case is read right in one go only when all of them are. */
function fieldsOf(r: LabReading): ReportCase['want'] {
  const out: ReportCase['want'] = {
    alt: r.alt?.value ?? null,
    ast: r.ast?.value ?? null,
    altRange: r.alt?.range ?? null,
    astRange: r.ast?.range ?? null,
    unit: r.unit,
  };
  if (r.doubtedUnit) out.doubtedUnit = r.doubtedUnit;
  if (r.alt?.sexRanges) out.altSexRanges = r.alt.sexRanges;
  if (r.ast?.sexRanges) out.astSexRanges = r.ast.sexRanges;
  if (r.newestBy !== 'only') out.newestBy = r.newestBy;
  return out;
}

function expected(c: ReportCase): ReportCase['want'] {
  const want = { ...c.want };
  if (want.newestBy === 'only') delete want.newestBy;
  return want;
}

describe('the report test set (docs/lab-report-formats.md, every shape)', () => {
  it('has at least 40 realistic pastes', () => {
    expect(REPORT_CASES.length).toBeGreaterThanOrEqual(40);
  });

  it('reads at least 95% of the reports right in one go: both values, both ranges, the unit', () => {
    const misses: string[] = [];
    for (const c of REPORT_CASES) {
      const got = fieldsOf(parseLabReport(c.text));
      if (JSON.stringify(got) !== JSON.stringify(expected(c))) misses.push(`${c.name}: got ${JSON.stringify(got)}`);
    }
    const right = REPORT_CASES.length - misses.length;
    const share = (100 * right) / REPORT_CASES.length;
    console.log(`reports read right in one go: ${right}/${REPORT_CASES.length} (${share.toFixed(1)}%)`);
    for (const m of misses) console.log(`  missed: ${m}`);
    expect(share).toBeGreaterThanOrEqual(95);
  });
});
