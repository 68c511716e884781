/** opencc-js's traditional-to-simplified build by its own entry point (its package types only the full build). */
declare module 'opencc-js/t2cn' {
  export function Converter(options: { from: 't' | 'tw' | 'twp' | 'hk'; to: 'cn' }): (text: string) => string;
}
