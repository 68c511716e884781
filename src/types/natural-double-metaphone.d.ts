declare module 'natural/lib/natural/phonetics/double_metaphone' {
  /** natural's Double Metaphone (Lawrence Philips): a word's primary and secondary phonetic keys. */
  export default class DoubleMetaphone {
    process(token: string, maxLength?: number): string[];
  }
}
