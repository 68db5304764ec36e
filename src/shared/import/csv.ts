// CSV text to records, in pieces: text arrives chunk by chunk from the streaming decoder; each piece is cut
// at the last line break outside quotes (so a quoted field with line breaks is never split) and handed to
// papaparse, which does the actual parsing. Memory stays at one chunk, not the whole file.
import Papa from 'papaparse'

const DELIMITERS = [',', '\t', ';', '|']

/** Guesses the delimiter from the first lines: the candidate that splits most lines into the same number
 * of fields, more than one. */
export function guessDelimiter(sample: string): string {
  const lines = sample.split(/\r?\n/).filter((l) => l.trim() !== '').slice(0, 30)
  let best = ','
  let bestScore = 0
  for (const d of DELIMITERS) {
    const counts = lines.map((l) => l.split(d).length)
    const mode = counts.sort((a, b) => a - b)[Math.floor(counts.length / 2)] ?? 1
    const score = mode > 1 ? counts.filter((c) => c === mode).length * mode : 0
    if (score > bestScore) {
      best = d
      bestScore = score
    }
  }
  return best
}

export class CsvRecordStream {
  private carry = ''
  private inQuotes = false
  private delimiter: string | null

  constructor(
    private readonly onRecords: (records: string[][]) => void,
    delimiter: string | null = null,
  ) {
    this.delimiter = delimiter
  }

  /** Feeds the next piece of decoded text. */
  push(text: string): void {
    // find the last line break that is outside quotes, tracking quote state across pieces: from quote to
    // quote, with the platform's own searches (most reports have no quotes at all)
    let cut = -1
    let inQuotes = this.inQuotes
    for (let at = 0; ; ) {
      const quote = text.indexOf('"', at)
      if (!inQuotes && quote < 0) {
        // the last stretch, to the end: its last line break is the text's last
        const lineBreak = text.lastIndexOf('\n')
        if (lineBreak >= at) cut = lineBreak
      } else if (!inQuotes) {
        // a stretch between quotes: searched forward (searching back from the quote could cross the same
        // quoted stretches again and again in a long line)
        for (let lineBreak = text.indexOf('\n', at); lineBreak >= 0 && lineBreak < quote; lineBreak = text.indexOf('\n', lineBreak + 1)) cut = lineBreak
      }
      if (quote < 0) break
      inQuotes = !inQuotes
      at = quote + 1
    }
    this.inQuotes = inQuotes
    if (cut < 0) {
      this.carry += text
      return
    }
    const complete = this.carry + text.slice(0, cut + 1)
    this.carry = text.slice(cut + 1)
    this.parse(complete)
  }

  /** Parses whatever remains (a last line without a line break). */
  end(): void {
    if (this.carry !== '') this.parse(this.carry)
    this.carry = ''
  }

  private parse(text: string): void {
    this.delimiter ??= guessDelimiter(text.slice(0, 65536))
    const result = Papa.parse<string[]>(text, { delimiter: this.delimiter, skipEmptyLines: false })
    const records = result.data
    // papaparse yields an empty last record for text that ends with a line break
    const last = records[records.length - 1]
    if (last && last.length === 1 && last[0] === '' && /\r?\n$/.test(text)) records.pop()
    if (records.length > 0) this.onRecords(records)
  }

  get guessedDelimiter(): string | null {
    return this.delimiter
  }
}
