/**
 * A small memo for pure functions of a reply's text: one turn reads the same reply several times (warning signs,
 * commands, the answer), and people send the same short replies again and again. Bounded: the oldest entry goes.
 */
export function memoByText<T>(fn: (text: string) => T, limit = 256): (text: string) => T {
  const cache = new Map<string, T>();
  return (text: string): T => {
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
