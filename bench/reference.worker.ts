// Reference work for the benchmark, in a worker like the app's import:
// - `parse`: decode and parse the CSV with the app's own reader (papaparse over one streaming decoder);
// - `oneRecordPerRow`: normalise the rows, then time Dexie bulkAdd of one record per row in batches of
//   10,000 into a table without secondary indexes (DESIGN "Scale": ~6,400 rows/s on these machines);
// - `pipeline`: the app's import functions without its UI (for profiling);
// - `rules`: the app's rule checks over a store of dispositions and accounts, reading the store included.
import { Dexie } from 'dexie'
import { findHeader } from '@shared/import/header'
import { RowReader } from '@shared/import/rows'
import { stageFile } from '@shared/import/stage'
import { openTable } from '@shared/import/table'
import { ensureBuiltIns } from '@renderer/db/bootstrap'
import { DataLayer } from '@renderer/db/data-layer'
import { DeskDatabase } from '@renderer/db/database'
import { storedKeys } from '@renderer/db/derived'
import { commitStaged } from '@renderer/db/imports'
import { webSha256 } from '@renderer/lib/digest'
import { runRuleChecks } from '@renderer/features/findings/run-checks'

export interface ReferenceRequest {
  kind: 'parse' | 'oneRecordPerRow' | 'pipeline' | 'rules'
  url: string
  /** for `rules`: the account report to store beside the dispositions */
  accountsUrl?: string
  /** rows to store for oneRecordPerRow (its rate is flat in the row count; see the README) */
  limit?: number
}

export interface ReferenceResult {
  rows: number
  ms: number
  /** milliseconds per phase, for `pipeline` */
  phases?: Record<string, number>
}

async function bytesOf(url: string): Promise<Uint8Array> {
  return new Uint8Array(await (await fetch(url)).arrayBuffer())
}

async function parse(url: string): Promise<ReferenceResult> {
  const bytes = await bytesOf(url)
  const t = performance.now()
  const table = await openTable(bytes, 'bench.csv')
  let rows = 0
  for (const batch of table.batches()) rows += batch.records.length
  return { rows, ms: performance.now() - t }
}

async function oneRecordPerRow(url: string, limit: number): Promise<ReferenceResult> {
  const table = await openTable(await bytesOf(url), 'bench.csv')
  const rows: object[] = []
  let reader: RowReader<'dispositions'> | null = null
  outer: for (const batch of table.batches()) {
    let i = 0
    if (!reader) {
      const guess = findHeader(batch.records, 'dispositions')
      if (!guess) throw new Error('no header')
      reader = new RowReader('dispositions', 'bench', guess.headers, guess.mapping)
      i = guess.index + 1
    }
    for (; i < batch.records.length; i++) {
      const outcome = reader.read(batch.records[i] ?? [], batch.firstRow + i)
      if (outcome.type === 'rows') rows.push(...outcome.rows)
      if (rows.length >= limit) break outer
    }
  }
  rows.length = Math.min(rows.length, limit)
  const db = new Dexie(`bench-reference-${Date.now()}`)
  db.version(1).stores({ dispositions: '++id' })
  await db.open()
  const t = performance.now()
  for (let at = 0; at < rows.length; at += 10_000) await db.table('dispositions').bulkAdd(rows.slice(at, at + 10_000))
  const ms = performance.now() - t
  await db.delete()
  return { rows: rows.length, ms }
}

/** The app's import functions without its UI: stage, then commit into a fresh store (for profiling). */
async function pipeline(url: string): Promise<ReferenceResult> {
  const bytes = await bytesOf(url)
  const db = new DeskDatabase(`bench-pipeline-${Date.now()}`)
  await db.open()
  const data = new DataLayer(db, () => ({ name: 'bench', office: '' }))
  const t0 = performance.now()
  const staged = await stageFile(bytes, 'bench.csv', { platformId: 'p', reportId: 'r', kind: 'dispositions', existingKeys: await storedKeys(db, 'p', 'dispositions'), digest: webSha256 })
  const t1 = performance.now()
  await commitStaged(data, staged, { periodStart: '2026-07-01', periodEnd: '2026-09-30', receivedOn: '2026-10-08', importedBy: 'bench' })
  const t2 = performance.now()
  await db.delete()
  return { rows: staged.rows, ms: t2 - t0, phases: { stage: t1 - t0, commit: t2 - t1 } }
}

/** The rule checks over a store holding the dispositions and the accounts, reading the store included. */
async function rules(url: string, accountsUrl: string): Promise<ReferenceResult> {
  const db = new DeskDatabase(`bench-rules-${Date.now()}`)
  await db.open()
  const data = new DataLayer(db, () => ({ name: 'bench', office: '' }))
  await ensureBuiltIns(data)
  const now = new Date().toISOString()
  await data.write({ action: 'platform.create', entity: 'platform', entityId: 'p', summary: 'bench' }, ['platforms'], (tx) =>
    tx.put('platforms', { id: 'p', name: '基准平台', operator: '', creditCode: '', types: ['social'], jurisdiction: '', contacts: [], note: '', archived: false, createdAt: now, updatedAt: now }),
  )
  const meta = { periodStart: '2026-07-01', periodEnd: '2026-09-30', receivedOn: '2026-10-08', importedBy: 'bench' }
  for (const [reportId, fileUrl, kind] of [['ra', accountsUrl, 'accounts'], ['rd', url, 'dispositions']] as const) {
    const staged = await stageFile(await bytesOf(fileUrl), `${reportId}.csv`, { platformId: 'p', reportId, kind })
    await commitStaged(data, staged, meta)
  }
  const dispositions = (await db.reports.get('rd'))?.counts.accepted ?? 0
  const t0 = performance.now()
  const result = await runRuleChecks(data, null)
  const ms = performance.now() - t0
  db.close()
  await Dexie.delete(db.name)
  return { rows: dispositions, ms, phases: { findings: result.findings, ...result.phases } }
}

self.onmessage = (e: MessageEvent<ReferenceRequest>) => {
  const { kind, url, limit = 200_000, accountsUrl = '' } = e.data
  const job = kind === 'parse' ? parse(url) : kind === 'pipeline' ? pipeline(url) : kind === 'rules' ? rules(url, accountsUrl) : oneRecordPerRow(url, limit)
  job.then(
    (result) => self.postMessage(result),
    (error: unknown) => self.postMessage({ error: error instanceof Error ? error.message : String(error) }),
  )
}
