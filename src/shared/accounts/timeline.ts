// One account's history across reports: its snapshots, dispositions and earnings changes, newest day first,
// each with its provenance (report, segment, the row's line in the source file). Built from the segments
// the account's directory entry names, never from a scan of all rows.
import type { AccountSnapshot, Disposition, EarningsChange } from '../domain/records'
import { unpackRow, type Segment } from '../packing/columns'

/** Where a row came from. `order` is its place in commit order (segments in the order the entry names
 * them, rows in file order), which breaks ties between rows of the same date. */
export interface RowSource {
  reportId: string
  segmentId: string
  /** the row's line in the source file (1-based, header counted) */
  line: number
  order: number
}

export type TimelineItem =
  | { kind: 'snapshot'; date: string | null; row: AccountSnapshot; source: RowSource; previous: AccountSnapshot | null }
  | { kind: 'disposition'; date: string; row: Disposition; source: RowSource }
  | { kind: 'earnings'; date: string; row: EarningsChange; source: RowSource }

export interface AccountHistory {
  items: TimelineItem[]
  /** the snapshot the directory shows: the latest snapshot date; on the same date, the later commit */
  latest: AccountSnapshot | null
  /** report ids, in commit order, for looking up their names */
  reportIds: string[]
}

/** Oldest first: by date (undated first, as the directory ranks them), then commit order. */
const chronological = (a: { date: string | null; source: RowSource }, b: { date: string | null; source: RowSource }) =>
  (a.date ?? '') < (b.date ?? '') ? -1 : (a.date ?? '') > (b.date ?? '') ? 1 : a.source.order - b.source.order

/** The account's rows in `segments` (given in the entry's order), newest first. Segments of other
 * accounts' rows are fine: only rows whose account id matches are unpacked. */
export function accountHistory(accountId: string, segments: readonly Segment[]): AccountHistory {
  const snapshots: { date: string | null; row: AccountSnapshot; source: RowSource }[] = []
  const items: TimelineItem[] = []
  const reportIds: string[] = []
  segments.forEach((segment, s) => {
    if (!reportIds.includes(segment.reportId)) reportIds.push(segment.reportId)
    const ids = segment.columns.accountId
    for (let r = 0; r < segment.count; r++) {
      if (ids[r] !== accountId) continue
      const source: RowSource = { reportId: segment.reportId, segmentId: segment.id, line: segment.sourceRows[r] ?? 0, order: s * 1_000_000 + r }
      if (segment.kind === 'accounts') {
        const row = unpackRow(segment as Segment<'accounts'>, r)
        snapshots.push({ date: row.snapshotDate, row, source })
      } else if (segment.kind === 'dispositions') {
        const row = unpackRow(segment as Segment<'dispositions'>, r)
        items.push({ kind: 'disposition', date: row.violationDate, row, source })
      } else {
        const row = unpackRow(segment as Segment<'earnings'>, r)
        items.push({ kind: 'earnings', date: row.effectiveDate, row, source })
      }
    }
  })
  snapshots.sort(chronological)
  snapshots.forEach((snap, k) => items.push({ kind: 'snapshot', ...snap, previous: snapshots[k - 1]?.row ?? null }))
  // newest day first; within a day, commit and file order, so that the measures of one disposition read
  // as the platform listed them (删除内容, 禁言 30 天, 暂停营利权限 90 天 …)
  items.sort((a, b) => ((a.date ?? '') < (b.date ?? '') ? 1 : (a.date ?? '') > (b.date ?? '') ? -1 : a.source.order - b.source.order))
  return { items, latest: snapshots[snapshots.length - 1]?.row ?? null, reportIds }
}
