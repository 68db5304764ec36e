// Loading the demo data set into the store: the platforms and all their reports in ONE audited write
// (`demo.load`), so that a cancellation or a failure at any step leaves the store as it was. Runs in the
// demo worker; kept apart from it so that it can be tested without one.
import { Dexie } from 'dexie'
import type { Actor } from '@shared/audit/chain'
import { DEMO_SEED, generateDemo } from '@shared/demo'
import type { DataLayer } from '@renderer/db/data-layer'
import { REPORT_TABLES, prepareReport, writeReport } from '@renderer/db/reports'
import { nextTurn } from '@renderer/lib/next-turn'
import type { TaskContext, TaskSpec } from '@renderer/lib/tasks'

export interface DemoPayload {
  /** who is loading it, for the audit log and the reports' "imported by" */
  actor: Actor
  seed?: number
  /** the database to write to (tests); the app's own by default */
  dbName?: string
}

export interface DemoResult {
  platforms: number
  reports: number
  rows: number
}

export type DemoTask = TaskSpec<DemoPayload, DemoResult>

// generating and packing are synchronous: turns of the event loop between steps let a Cancel arrive
export async function loadDemo(data: DataLayer, importedBy: string, ctx: TaskContext, seed: number = DEMO_SEED, now: Date = new Date()): Promise<DemoResult> {
  ctx.progress(0, 1, { key: 'welcome.demo.phaseGenerating' })
  const demo = generateDemo(seed)
  await nextTurn()
  ctx.checkCancelled()
  const rows = demo.reports.reduce((n, r) => n + r.rows.length, 0)
  const total = demo.platforms.length + rows
  ctx.progress(0, total, { key: 'welcome.demo.phasePreparing' })
  // packing is pure work: done before the transaction opens, so the transaction holds only the writes
  const prepared = demo.reports.map((r) => prepareReport(r, importedBy, now))
  await nextTurn()
  ctx.checkCancelled()

  const summary = `${demo.platforms.length} 个平台，${demo.reports.length} 份报送`
  return data.write({ action: 'demo.load', entity: 'demo', entityId: String(seed), summary }, ['platforms', ...REPORT_TABLES], async (tx) => {
    let done = 0
    ctx.progress(done, total, { key: 'welcome.demo.phasePlatforms' })
    for (const platform of demo.platforms) await tx.put('platforms', platform)
    done += demo.platforms.length
    ctx.checkCancelled()
    for (const report of prepared) {
      ctx.progress(done, total, { key: 'welcome.demo.phaseReport', params: { name: report.report.fileName } })
      await writeReport(tx, report)
      done += report.report.counts.accepted
      // a turn of the event loop inside the transaction: Dexie keeps it alive meanwhile
      await Dexie.waitFor(nextTurn())
      ctx.checkCancelled()
    }
    ctx.progress(total, total, { key: 'welcome.demo.phaseSaving' })
    return { platforms: demo.platforms.length, reports: prepared.length, rows }
  })
}
