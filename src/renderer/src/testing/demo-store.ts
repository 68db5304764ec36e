// A store holding the demo data set with its rule findings, as a newcomer's desk has it after loading the
// demo: what page tests that read findings start from.
import type { Actor } from '@shared/audit/chain'
import { ensureBuiltIns } from '@renderer/db/bootstrap'
import { DataLayer } from '@renderer/db/data-layer'
import { DeskDatabase } from '@renderer/db/database'
import { runRuleChecks } from '@renderer/features/findings/run-checks'
import { loadDemo } from '@renderer/features/welcome/load-demo'
import type { TestStore } from './render'

const quiet = { progress: () => undefined, checkCancelled: () => undefined }

export async function openDemoStore(name: string, actor: Actor): Promise<TestStore> {
  const db = new DeskDatabase(`${name}-${Math.random()}`)
  await db.open()
  const data = new DataLayer(db, () => actor)
  await ensureBuiltIns(data)
  await loadDemo(data, actor.name, quiet)
  await runRuleChecks(data, null, quiet)
  return { db, data }
}
