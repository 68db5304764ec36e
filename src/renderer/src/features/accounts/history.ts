// Reading one account's history from the store: exactly the segments its directory entry names (a handful,
// whatever the size of the reports), the account's rows in them, and the reports those rows came from.
import { accountHistory, type AccountHistory } from '@shared/accounts/timeline'
import type { AccountEntry } from '@shared/accounts/filters'
import type { Report } from '@shared/domain/report'
import type { Segment } from '@shared/packing/columns'
import type { DeskDatabase } from '@renderer/db/database'

export interface LoadedHistory extends AccountHistory {
  reports: ReadonlyMap<string, Report>
  /** segments read, for the record: never more than the entry names */
  segmentsRead: number
}

export async function loadHistory(db: DeskDatabase, entry: Pick<AccountEntry, 'accountId' | 'refs'>): Promise<LoadedHistory> {
  const segments = (await db.segments.bulkGet(entry.refs)).filter((s): s is Segment => s !== undefined)
  const history = accountHistory(entry.accountId, segments)
  const reports = (await db.reports.bulkGet(history.reportIds)).filter((r): r is Report => r !== undefined)
  return { ...history, reports: new Map(reports.map((r) => [r.id, r])), segmentsRead: segments.length }
}
