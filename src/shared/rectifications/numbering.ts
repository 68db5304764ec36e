// Document numbers of rectification orders (发文字号), as GB/T 9704-2012 writes them: the issuing office's
// prefix, the year in hexagonal brackets 〔〕 and a sequence with no leading zeros, e.g. `宁网信整〔2026〕12号`.
// Each prefix counts its own sequence, starting again at 1 every year.

/** The parts a document number is made of, as an order stores them. */
export interface NumberParts {
  numberPrefix: string
  year: number
  sequence: number
}

/** Longest prefix we accept: real ones are three to six characters (`宁网信整`, `苏网信办整改`). */
export const MAX_PREFIX_LENGTH = 20

export function formatDocumentNumber({ numberPrefix, year, sequence }: NumberParts): string {
  return `${numberPrefix.trim()}〔${year}〕${sequence}号`
}

/** The next free sequence for `prefix` in `year`: one after the highest used, so a gap left by hand stays a gap. */
export function nextSequence(existing: readonly NumberParts[], prefix: string, year: number): number {
  const wanted = prefix.trim()
  let highest = 0
  for (const n of existing) if (n.numberPrefix.trim() === wanted && n.year === year && n.sequence > highest) highest = n.sequence
  return highest + 1
}

/** Whether a number is taken (the same prefix, year and sequence: one document number, one order). */
export function numberTaken(existing: readonly NumberParts[], parts: NumberParts): boolean {
  const wanted = formatDocumentNumber(parts)
  return existing.some((n) => formatDocumentNumber(n) === wanted)
}

/** A prefix must be words, not the brackets or the 号 the number adds itself. */
export function validPrefix(prefix: string): boolean {
  const p = prefix.trim()
  return p.length > 0 && p.length <= MAX_PREFIX_LENGTH && !/[〔〕[\]()（）]|号$/.test(p)
}

/** The prefix the office used last (its orders, newest first by issue date), so a new order starts there. */
export function lastPrefix(existing: readonly (NumberParts & { issuedOn: string })[]): string {
  let best: (NumberParts & { issuedOn: string }) | null = null
  for (const n of existing) if (best === null || n.issuedOn > best.issuedOn) best = n
  return best?.numberPrefix ?? ''
}
