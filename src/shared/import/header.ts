// Finding the header in what platforms send: title rows above it ("XX平台2026年第三季度…报送表",
// "报送单位：…") are skipped by looking for the row that names the most known fields; the report kind is
// inferred from which fields those are; each column is mapped to a canonical field.
import { REPORT_KINDS, type ReportKind } from '../domain/records'
import { FIELDS, labelIndex, normaliseLabel } from './fields'
import { cellText, type Cell } from './values'

/** canonical field → the header text it is read from */
export type Mapping = Record<string, string>

export interface HeaderGuess {
  /** index of the header among the records looked at */
  index: number
  headers: string[]
  kind: ReportKind
  mapping: Mapping
  /** fields recognised per kind, for showing how sure the guess is */
  scores: Record<ReportKind, number>
}

/** Fields every kind shares; they say nothing about which kind a file is. */
const SHARED = new Set(['platform_account_id', 'account_name'])

export const HEADER_SEARCH_ROWS = 30

function mapHeaders(kind: ReportKind, headers: readonly string[]): Mapping {
  const index = labelIndex(kind)
  const mapping: Mapping = {}
  for (const header of headers) {
    const key = index.get(normaliseLabel(header))
    if (key !== undefined && !(key in mapping)) mapping[key] = header
  }
  return mapping
}

function specificCount(mapping: Mapping): number {
  return Object.keys(mapping).filter((k) => !SHARED.has(k)).length
}

/**
 * Looks at the first records for the header. Returns null when no row names at least two known fields
 * (the file is then not a report). `kind` forces the kind instead of inferring it.
 */
export function findHeader(records: readonly (readonly Cell[])[], kind?: ReportKind): HeaderGuess | null {
  let best: HeaderGuess | null = null
  let bestTotal = 0
  for (let i = 0; i < Math.min(records.length, HEADER_SEARCH_ROWS); i++) {
    const headers = (records[i] ?? []).map(cellText)
    const scores = {} as Record<ReportKind, number>
    const mappings = {} as Record<ReportKind, Mapping>
    for (const k of REPORT_KINDS) {
      mappings[k] = mapHeaders(k, headers)
      scores[k] = Object.keys(mappings[k]).length
    }
    const chosen = kind ?? REPORT_KINDS.reduce((a, b) => (specificCount(mappings[b]) > specificCount(mappings[a]) ? b : a))
    const total = scores[chosen]
    if (total >= 2 && total > bestTotal) {
      best = { index: i, headers, kind: chosen, mapping: mappings[chosen], scores }
      bestTotal = total
    }
  }
  return best
}

/** Re-maps the same headers for another kind (when the user corrects the kind). */
export function mappingFor(kind: ReportKind, headers: readonly string[]): Mapping {
  return mapHeaders(kind, headers)
}

/** Keeps a remembered mapping's entries whose header is still present; fills the rest automatically. */
export function applyRemembered(kind: ReportKind, headers: readonly string[], remembered: Mapping): Mapping {
  const present = new Set(headers)
  const auto = mapHeaders(kind, headers)
  const out: Mapping = {}
  for (const def of FIELDS[kind]) {
    const r = remembered[def.key]
    if (r !== undefined && present.has(r)) out[def.key] = r
    else if (auto[def.key] !== undefined && !Object.values(remembered).includes(auto[def.key] ?? '')) out[def.key] = auto[def.key] ?? ''
  }
  return out
}

/** A reporting period named in a title row: 2026年第三季度, 2026年Q3, 2026年7月, 2026年上半年. */
export function periodFromTitle(records: readonly (readonly Cell[])[], headerIndex: number): { start: string; end: string } | null {
  const QUARTERS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 }
  for (let i = 0; i < headerIndex; i++) {
    const text = (records[i] ?? []).map(cellText).join(' ')
    const q = /(\d{4})\s*年?\s*(?:第\s*([一二三四1-4])\s*季度|Q([1-4]))/i.exec(text)
    if (q) {
      const year = Number(q[1])
      const n = QUARTERS[q[2] ?? q[3] ?? ''] ?? 1
      const lastDay = [31, 30, 30, 31][n - 1] ?? 31
      return { start: `${year}-${String(n * 3 - 2).padStart(2, '0')}-01`, end: `${year}-${String(n * 3).padStart(2, '0')}-${lastDay}` }
    }
    const m = /(\d{4})\s*年\s*(\d{1,2})\s*月(?!\s*\d{1,2}\s*[日号])/.exec(text)
    if (m) {
      const year = Number(m[1])
      const month = Number(m[2])
      if (month >= 1 && month <= 12) {
        const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
        const mm = String(month).padStart(2, '0')
        return { start: `${year}-${mm}-01`, end: `${year}-${mm}-${last}` }
      }
    }
  }
  return null
}
