// Audit-log verification in a worker: reads the log from the store page by page and checks the chain.
import type { ChainVerdict } from '@shared/audit/chain'
import { DeskDatabase } from '@renderer/db/database'
import { serveTask, type TaskSpec } from '@renderer/lib/tasks'
import { verifyAuditLog } from './verify'

export type VerifyTask = TaskSpec<{ dbName: string }, ChainVerdict>

serveTask<VerifyTask>(async ({ dbName }, ctx) => {
  const db = new DeskDatabase(dbName)
  try {
    return await verifyAuditLog(
      db,
      (done, total) => ctx.progress(done, total, { key: 'audit.verifyPhase', params: { n: done } }),
      () => ctx.checkCancelled(),
    )
  } finally {
    db.close()
  }
})
