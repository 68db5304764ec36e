// The audit log's hash chain: each entry's hash covers its content and the previous entry's hash, so that
// changing, removing or reordering any entry breaks every hash after it.
import { canonicalJson, sha256Hex } from '../util/hash'

export const GENESIS_HASH = '0'.repeat(64)

export interface Actor {
  name: string
  office: string
}

/** One recorded change: a record's state before and after (null when absent), or a bulk write's count. */
export type AuditChange =
  | { table: string; key: string; before: unknown; after: unknown }
  | { table: string; bulk: 'add' | 'put' | 'delete'; count: number; keys?: string[] }

/** AuditEntry 操作日志 — who did what, when. */
export interface AuditEntry {
  /** position in the log, assigned by the store (1, 2, …) */
  seq?: number
  at: string
  actor: Actor
  /** a dotted verb, e.g. `platform.create`, `report.commit` */
  action: string
  /** the main entity the action is about */
  entity: string
  entityId: string
  /** a short human description, stored as written at the time */
  summary: string
  changes: AuditChange[]
  prevHash: string
  hash: string
}

export type UnsealedEntry = Omit<AuditEntry, 'seq' | 'prevHash' | 'hash'>

export function entryHash(prevHash: string, entry: UnsealedEntry): string {
  const { at, actor, action, entity, entityId, summary, changes } = entry
  return sha256Hex(prevHash + canonicalJson({ at, actor, action, entity, entityId, summary, changes }))
}

export function sealEntry(prevHash: string, entry: UnsealedEntry): Omit<AuditEntry, 'seq'> {
  return { ...entry, prevHash, hash: entryHash(prevHash, entry) }
}

export type ChainVerdict = { ok: true; count: number } | { ok: false; count: number; brokenAt: number; reason: 'hash' | 'link' }

/** Verifies entries in log order; `brokenAt` is the seq (or index + 1) of the first entry that fails. */
export function verifyChain(entries: readonly AuditEntry[], startHash: string = GENESIS_HASH): ChainVerdict {
  let prev = startHash
  for (const [index, entry] of entries.entries()) {
    const position = entry.seq ?? index + 1
    if (entry.prevHash !== prev) return { ok: false, count: entries.length, brokenAt: position, reason: 'link' }
    if (entryHash(entry.prevHash, entry) !== entry.hash) return { ok: false, count: entries.length, brokenAt: position, reason: 'hash' }
    prev = entry.hash
  }
  return { ok: true, count: entries.length }
}
