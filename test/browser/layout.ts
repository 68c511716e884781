import type { Locator } from 'playwright-core';

/** How one of a card's text blocks is laid out. */
export interface BlockLayout {
  text: string;
  /** Shown in bold: the card's title and its labels. */
  bold: boolean;
  /** Lines it takes on screen. */
  lines: number;
  /** Words (runs of letters or digits between spaces and hyphens) split across two lines. */
  brokenWords: string[];
}

/**
 * Measures every text block of an Adaptive Card as the browser laid it out: how many lines each takes, and which
 * words are cut in two (a word's characters on two lines). Words in Chinese are not measured, since Chinese breaks
 * between any two characters.
 */
export async function cardTextLayout(card: Locator): Promise<BlockLayout[]> {
  return card.locator('.ac-textBlock').evaluateAll((blocks) =>
    blocks.map((block) => {
      const tops = (rects: DOMRectList): number[] => Array.from({ length: rects.length }, (_, i) => rects.item(i)).filter((r): r is DOMRect => r !== null).filter((r) => r.width > 0).map((r) => Math.round(r.top));
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      const brokenWords: string[] = [];
      const lines = new Set<number>();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        const all = document.createRange();
        all.selectNodeContents(node);
        for (const top of tops(all.getClientRects())) lines.add(top);
        for (const m of text.matchAll(/[^\s-]+/g)) {
          if (/[\u3000-\u9fff\uff00-\uffef]/.test(m[0])) continue;
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          if (new Set(tops(range.getClientRects())).size > 1) brokenWords.push(m[0]);
        }
      }
      const weight = Number(getComputedStyle(block).fontWeight);
      return { text: (block.textContent ?? '').trim(), bold: weight >= 600, lines: lines.size, brokenWords };
    }),
  );
}
