// The benchmark's reference measurements, run in Chromium beside the app: parsing the file alone, and the
// obvious storage design (Dexie bulkAdd of one record per row). Not part of the app's build.
import type { ReferenceRequest, ReferenceResult } from './reference.worker'

function run(request: ReferenceRequest): Promise<ReferenceResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./reference.worker.ts', import.meta.url), { type: 'module' })
    worker.onmessage = (e: MessageEvent<ReferenceResult | { error: string }>) => {
      worker.terminate()
      if ('error' in e.data) reject(new Error(e.data.error))
      else resolve(e.data)
    }
    worker.onerror = (e) => reject(new Error(e.message))
    worker.postMessage(request)
  })
}

declare global {
  interface Window {
    bench: { run: typeof run }
  }
}
window.bench = { run }
document.documentElement.dataset.ready = 'true'
