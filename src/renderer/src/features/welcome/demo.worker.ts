// The demo loader's worker: opens its own connection to the store and loads the demo in one transaction,
// reporting progress by rows written; Cancel aborts the transaction, so nothing is stored.
import { DataLayer } from '@renderer/db/data-layer'
import { DeskDatabase } from '@renderer/db/database'
import { serveTask } from '@renderer/lib/tasks'
import { loadDemo, type DemoTask } from './load-demo'

serveTask<DemoTask>(async (payload, ctx) => {
  const db = new DeskDatabase(payload.dbName)
  await db.open()
  try {
    const data = new DataLayer(db, () => payload.actor)
    return await loadDemo(data, payload.actor.name, ctx, payload.seed)
  } finally {
    db.close()
  }
})
