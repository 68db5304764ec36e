// Starting the bundle worker: one per export or import, ended when it is done.
import { WorkerSession } from '@renderer/lib/tasks'
import type { BundleCalls } from './protocol'

export function startBundleWorker(): WorkerSession<BundleCalls> {
  return new WorkerSession<BundleCalls>(new Worker(new URL('./bundle.worker.ts', import.meta.url), { type: 'module' }))
}
