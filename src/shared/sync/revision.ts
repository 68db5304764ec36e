// Revisions of records that are edited apart (a field laptop, the office) and merged back: a revision is
// the hash of the record's content; each record remembers the revisions it was made from. Comparing two
// copies then tells whether one is an edit of the other (take the newer) or both were edited apart (a
// conflict the user decides), without trusting clocks.
import type { Revisioned } from '../domain/findings'
import { canonicalJson, sha256Hex } from '../util/hash'

/** Fields that do not make a different revision: who saved it when, and the revision bookkeeping itself. */
const NOT_CONTENT = new Set(['rev', 'prevRevs', 'updatedAt', 'updatedBy'])

/** How many earlier revisions a record remembers: enough for any realistic back and forth. */
export const MAX_PREV_REVS = 100

export function contentRev(record: object): string {
  const content: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(record)) if (!NOT_CONTENT.has(k)) content[k] = v
  return sha256Hex(canonicalJson(content)).slice(0, 32)
}

/** The record as saved after `previous` (or as new): its revision computed, the previous one remembered.
 * Saving unchanged content keeps the revision as it was. */
export function revise<T extends Revisioned>(record: Omit<T, 'rev' | 'prevRevs'> & Partial<Revisioned>, previous?: Revisioned): T {
  const rev = contentRev(record)
  const prevRevs = previous === undefined ? [] : previous.rev === rev ? previous.prevRevs : [...previous.prevRevs, previous.rev].slice(-MAX_PREV_REVS)
  return { ...record, rev, prevRevs } as T
}

export type RevisionOrder = 'same' | 'incomingNewer' | 'localNewer' | 'conflict'

/** How an incoming copy of a record stands to the local one. */
export function compareRevisions(local: Revisioned, incoming: Revisioned): RevisionOrder {
  if (local.rev === incoming.rev) return 'same'
  if (incoming.prevRevs.includes(local.rev)) return 'incomingNewer'
  if (local.prevRevs.includes(incoming.rev)) return 'localNewer'
  return 'conflict'
}
