/**
 * A small memo for pure functions of a reply's text: one turn reads the same reply several times (warning signs,
 * commands, the answer), and people send the same short replies again and again. Bounded: the oldest entry goes.
 */
const caches: Map<string, unknown>[] = [];

/** Forgets every remembered reading: for measuring what a reply costs the first time it is read. */
export function clearTextMemos(): void {
  for (const c of caches) c.clear();
}

export function memoByText<T>(fn: (text: string) => T, limit = 256): (text: string) => T {
  const cache = new Map<string, T>();
  caches.push(cache);
  return (text: string): T => {
    if (limit <= 0) return fn(text);
    const hit = cache.get(text);
    if (hit !== undefined) {
      cache.delete(text);
      cache.set(text, hit);
      return hit;
    }
    const value = fn(text);
    if (cache.size >= limit) cache.delete(cache.keys().next().value ?? '');
    cache.set(text, value);
    return value;
  };
}
