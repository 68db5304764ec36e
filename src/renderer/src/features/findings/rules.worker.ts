// The rule checks in a worker, on demand: reads the store, runs the rules, stores the findings.
import type { Actor } from '@shared/audit/chain'
import { DataLayer } from '@renderer/db/data-layer'
import { DeskDatabase } from '@renderer/db/database'
import { serveTask, type TaskSpec } from '@renderer/lib/tasks'
import { runRuleChecks, type RuleRunResult } from './run-checks'

export interface RulesPayload {
  dbName: string
  actor: Actor
  /** null: every platform */
  platformIds: string[] | null
}

export type RulesTask = TaskSpec<RulesPayload, RuleRunResult>

const PHASE = { reading: 'findings.phase.reading', checking: 'findings.phase.checking', saving: 'findings.phase.saving' } as const

serveTask<RulesTask>(async ({ dbName, actor, platformIds }, ctx) => {
  const db = new DeskDatabase(dbName)
  try {
    const data = new DataLayer(db, () => actor)
    return await runRuleChecks(data, platformIds, {
      progress: (done, total, phase) => ctx.progress(done, total, { key: PHASE[phase] }),
      checkCancelled: () => ctx.checkCancelled(),
    })
  } finally {
    db.close()
  }
})
