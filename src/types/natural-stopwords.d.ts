declare module 'natural/lib/natural/util/stopwords' {
  /** natural's list of English stop words. */
  export const words: string[];
}
