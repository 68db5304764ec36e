// Turning a merge plan and the user's choices into the records to write, and the counts to report. A
// resolved conflict is written with the history of both copies, so the next bundle from either side reads
// as an edit of it (or the same) rather than the same conflict again; which copy's content wins is the
// user's choice alone.
import type { Catalogue } from '../catalogue/types'
import type { AttachmentMeta, Inspection, InspectionItem, Revisioned } from '../domain/findings'
import type { Platform } from '../domain/platform'
import { MAX_PREV_REVS } from '../sync/revision'
import { conflictKey, RECORD_KINDS, type MergePlan, type PlanEntry, type RecordKind } from './merge'

export type Choice = 'local' | 'incoming'

export interface MergeWrites {
  platforms: Platform[]
  catalogues: Catalogue[]
  attachments: AttachmentMeta[]
  items: InspectionItem[]
  inspections: Inspection[]
}

export interface KindCounts {
  added: number
  updated: number
  unchanged: number
  keptLocal: number
  conflicts: number
  /** conflicts resolved to the incoming copy (the rest kept the local one) */
  tookIncoming: number
}

export interface MergeSummary extends KindCounts {
  byKind: Record<RecordKind, KindCounts>
}

/** The conflicts a user must decide (those with a reason were decided by the rules). */
export function openConflicts(plan: MergePlan): string[] {
  return [
    ...plan.inspections.filter((e) => e.action === 'conflict' && e.reason === null).map((e) => conflictKey('inspections', e.id)),
    ...plan.items.filter((e) => e.action === 'conflict' && e.reason === null).map((e) => conflictKey('items', e.id)),
  ]
}

/** `winner` with the revisions of both copies behind it: it is now known to be made from both. */
export function withHistory<T extends Revisioned>(winner: T, other: Revisioned): T {
  const seen = new Set<string>()
  const prevRevs: string[] = []
  // newest last: the other copy's history, then the winner's own, each revision once
  for (const rev of [...other.prevRevs, other.rev, ...winner.prevRevs]) {
    if (rev === winner.rev || seen.has(rev)) continue
    seen.add(rev)
    prevRevs.push(rev)
  }
  return { ...winner, prevRevs: prevRevs.slice(-MAX_PREV_REVS) }
}

function emptyCounts(): KindCounts {
  return { added: 0, updated: 0, unchanged: 0, keptLocal: 0, conflicts: 0, tookIncoming: 0 }
}

/** What the plan would do, kind by kind, before any conflict is decided. */
export function planCounts(plan: MergePlan): Record<RecordKind, KindCounts> {
  const out = Object.fromEntries(RECORD_KINDS.map((k) => [k, emptyCounts()])) as Record<RecordKind, KindCounts>
  const field = { add: 'added', update: 'updated', unchanged: 'unchanged', keepLocal: 'keptLocal', conflict: 'conflicts' } as const
  for (const kind of RECORD_KINDS) for (const e of plan[kind] as PlanEntry<unknown>[]) out[kind][field[e.action]]++
  return out
}

export class MissingChoice extends Error {
  constructor(readonly key: string) {
    super(`no choice for conflict ${key}`)
    this.name = 'MissingChoice'
  }
}

export function resolvePlan(plan: MergePlan, choices: ReadonlyMap<string, Choice>): { writes: MergeWrites; summary: MergeSummary } {
  const writes: MergeWrites = { platforms: [], catalogues: [], attachments: [], items: [], inspections: [] }
  const byKind = Object.fromEntries(RECORD_KINDS.map((k) => [k, emptyCounts()])) as Record<RecordKind, KindCounts>

  const simple = <T>(kind: RecordKind, entries: readonly PlanEntry<T>[], out: T[]) => {
    const counts = byKind[kind]
    for (const e of entries) {
      if (e.action === 'add') {
        out.push(e.incoming)
        counts.added++
      } else if (e.action === 'update') {
        out.push(e.incoming)
        counts.updated++
      } else if (e.action === 'unchanged') counts.unchanged++
      else if (e.action === 'keepLocal') counts.keptLocal++
    }
  }
  const revisioned = <T extends Inspection | InspectionItem>(kind: 'inspections' | 'items', entries: readonly PlanEntry<T>[], out: T[]) => {
    simple(kind, entries, out)
    for (const e of entries) {
      if (e.action !== 'conflict') continue
      byKind[kind].conflicts++
      // decided by the rules (closed locally): nothing to write, the local copy stays as it is
      if (e.reason !== null || e.local === null) continue
      const choice = choices.get(conflictKey(kind, e.id))
      if (choice === undefined) throw new MissingChoice(conflictKey(kind, e.id))
      if (choice === 'incoming') byKind[kind].tookIncoming++
      out.push(choice === 'incoming' ? withHistory(e.incoming, e.local) : withHistory(e.local, e.incoming))
    }
  }

  simple('platforms', plan.platforms, writes.platforms)
  simple('catalogues', plan.catalogues, writes.catalogues)
  simple('attachments', plan.attachments, writes.attachments)
  revisioned('items', plan.items, writes.items)
  revisioned('inspections', plan.inspections, writes.inspections)

  const total = emptyCounts()
  for (const counts of Object.values(byKind)) {
    for (const key of Object.keys(total) as (keyof KindCounts)[]) total[key] += counts[key]
  }
  return { writes, summary: { ...total, byKind } }
}
