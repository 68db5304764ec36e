import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { verifyChain } from '@shared/audit/chain'
import { generateDemo } from '@shared/demo'
import { DataLayer } from '@renderer/db/data-layer'
import { DeskDatabase } from '@renderer/db/database'
import { TaskCancelled, type TaskContext } from '@renderer/lib/tasks'
import { loadDemo } from './load-demo'

const actor = { name: '张明', office: '某市委网信办' }
const demo = generateDemo()
const totalRows = demo.reports.reduce((n, r) => n + r.rows.length, 0)

let db: DeskDatabase
let data: DataLayer

beforeEach(async () => {
  db = new DeskDatabase(`demo-test-${Math.random()}`)
  await db.open()
  data = new DataLayer(db, () => actor, () => new Date('2026-10-21T02:00:00.000Z'))
})
afterEach(async () => {
  await db.delete()
})

/** A task context that records progress and cancels once `cancelAt` rows have been written. */
function context(cancelAt = Infinity): TaskContext & { seen: number[]; phases: string[] } {
  let cancelled = false
  const seen: number[] = []
  const phases: string[] = []
  return {
    seen,
    phases,
    progress(done, _total, phase) {
      seen.push(done)
      phases.push(phase.key)
      if (done >= cancelAt) cancelled = true
    },
    checkCancelled() {
      if (cancelled) throw new TaskCancelled()
    },
  }
}

describe('loading the demo', () => {
  it('writes every platform and report in one audit entry, with rows packed in segments', async () => {
    const ctx = context()
    const result = await loadDemo(data, actor.name, ctx)
    expect(result).toEqual({ platforms: demo.platforms.length, reports: demo.reports.length, rows: totalRows })
    expect(await db.platforms.count()).toBe(demo.platforms.length)
    expect(await db.reports.count()).toBe(demo.reports.length)
    const reports = await db.reports.toArray()
    expect(reports.every((r) => r.status === 'committed' && r.importedBy === actor.name)).toBe(true)
    const segments = await db.segments.toArray()
    expect(segments.reduce((n, s) => n + s.count, 0)).toBe(totalRows)
    expect(segments.length).toBe(reports.reduce((n, r) => n + r.segments, 0))
    const disposed = reports.filter((r) => r.kind === 'dispositions').reduce((n, r) => n + Object.values(r.stats.byMonth).reduce((a, b) => a + b, 0), 0)
    expect(disposed).toBe(demo.reports.filter((r) => r.kind === 'dispositions').reduce((n, r) => n + r.rows.length, 0))

    const log = await db.auditLog.toArray()
    expect(log).toHaveLength(1)
    expect(log[0]).toMatchObject({ action: 'demo.load', actor })
    expect(log[0]?.changes).toContainEqual({ table: 'segments', bulk: 'add', count: segments.length })
    expect(verifyChain(log).ok).toBe(true)
    // progress is reported by rows written and only ever moves forward
    expect(ctx.seen.at(-1)).toBe(demo.platforms.length + totalRows)
    expect(ctx.seen.every((n, i) => i === 0 || n >= (ctx.seen[i - 1] ?? 0))).toBe(true)
    expect(ctx.phases).toContain('welcome.demo.phaseReport')
  })

  it('leaves the store untouched when cancelled midway', async () => {
    const ctx = context(totalRows / 2)
    await expect(loadDemo(data, actor.name, ctx)).rejects.toBeInstanceOf(TaskCancelled)
    expect(Math.max(...ctx.seen)).toBeGreaterThanOrEqual(totalRows / 2)
    expect(await db.platforms.count()).toBe(0)
    expect(await db.reports.count()).toBe(0)
    expect(await db.segments.count()).toBe(0)
    expect(await db.auditLog.count()).toBe(0)
  })

  it('refuses to load the same demo twice and keeps the first', async () => {
    await loadDemo(data, actor.name, context())
    await expect(loadDemo(data, actor.name, context())).rejects.toMatchObject({ name: 'UserError' })
    expect(await db.reports.count()).toBe(demo.reports.length)
    expect(await db.auditLog.count()).toBe(1)
  })
})
