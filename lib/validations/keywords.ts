/**
 * How many words a search or topic query holds, as PostgreSQL's parser splits them: runs of letters and
 * digits, so "4-bit" is two and `or` counts too. Each becomes an operand of the tsquery, and each operand
 * is one more index lookup, so this is what bounds a query's cost better than its length does.
 */
export function countWords(text: string) {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}
