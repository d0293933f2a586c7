// Pure: answers that differ only in case, spacing or punctuation share a group, so one grading
// action can grade them all.
export function groupKey(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}
