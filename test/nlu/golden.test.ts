import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GOLDEN_FILE, GOLDEN_NOW, goldenReadings } from '../../bench/nluGolden';
import { CORPUS_NOW } from './corpusScore';

/**
 * Issue 30 item 1: the readings (command, warning signs, answer) of every corpus, held-out, probe and blind reply, as
 * they were before the reader was changed to read each reply once, are kept in test/nlu/golden/readings.json
 * (`npm run nlu:golden` writes it). Reading them again must give the same file, byte for byte.
 */
/** Some 3,900 replies, read as the corpus tests read them: tens of seconds on a shared machine. */
describe('the golden readings of the corpus', () => {
  it('counts from the same day as the corpus test', () => {
    expect(GOLDEN_NOW.getTime()).toBe(CORPUS_NOW.getTime());
  });
  it('reads every reply exactly as the golden file holds', () => {
    const want = readFileSync(GOLDEN_FILE, 'utf8');
    const got = goldenReadings();
    if (got !== want) {
      // Name the replies that differ, not only that the file does.
      const w = JSON.parse(want) as Record<string, Record<string, unknown>>;
      const g = JSON.parse(got) as Record<string, Record<string, unknown>>;
      const differ = Object.keys({ ...w, ...g }).flatMap((set) =>
        Object.keys({ ...w[set], ...g[set] })
          .filter((id) => JSON.stringify(w[set]?.[id]) !== JSON.stringify(g[set]?.[id]))
          .map((id) => `${set}/${id}: want ${JSON.stringify(w[set]?.[id])} got ${JSON.stringify(g[set]?.[id])}`),
      );
      expect(differ).toEqual([]);
    }
    expect(got).toBe(want);
  }, 240_000);
});
