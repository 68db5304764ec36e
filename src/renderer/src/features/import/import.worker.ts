// The import worker: ONE import session per worker (the page starts a worker per file and ends it when the
// file is imported or discarded). It opens its own connection to the store, reads the file's bytes itself
// and answers the page's calls with summaries only.
import { DeskDatabase } from '@renderer/db/database'
import { serveSession } from '@renderer/lib/tasks'
import type { ImportCalls } from './protocol'
import { workerDirectoryFeed } from './directory-feed'
import { ImportSession } from './session'

let session: ImportSession | null = null
let db: DeskDatabase | null = null

function current(): ImportSession {
  if (!session) throw new Error('no file is open')
  return session
}

serveSession<ImportCalls>({
  open: async ({ dbName, file, fileName }) => {
    db?.close()
    db = new DeskDatabase(dbName)
    await db.open()
    session = new ImportSession(db, fileName, new Uint8Array(await file.arrayBuffer()), workerDirectoryFeed)
    return { size: session.size }
  },
  preview: (request) => current().preview(request),
  stage: (request, ctx) => current().stage(request, ctx),
  exportRejected: (request) => current().exportRejected(request),
  commit: (request, ctx) => current().commit(request, ctx),
  checkRules: (request, ctx) => current().checkRules(request, ctx),
  dispose: () => {
    session?.dispose()
    session = null
    db?.close()
    db = null
    return Promise.resolve(null)
  },
})
