// `npm run bench`: one million dispositions through the real import pipeline in headless Chromium, into real
// IndexedDB, with the references measured in the same run (these machines are noisy: ratios carry over,
// absolute figures do not). Prints one JSON line per figure. See the README's "Benchmark" section.
import { symlink, rm } from 'node:fs/promises'
import { resolve } from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { CHROMIUM_ARGS, findChromium } from '../../test/e2e/support/chromium'
import { startWebServer } from '../web-server'
import { buildForBench } from './build'
import { ensureAccountsCsv, ensureBenchCsv } from './generate'
import type { ReferenceRequest, ReferenceResult } from '../../bench/reference.worker'
import { measureApp } from './app'

interface Figure {
  figure: string
  value: number
  unit: string
  goal?: string
  met?: boolean
  note?: string
}

declare global {
  interface Window {
    bench: { run(request: ReferenceRequest): Promise<ReferenceResult> }
  }
}

const print = (f: Figure) => console.log(JSON.stringify(f))
const root = resolve(import.meta.dirname, '../..')
const csvPath = resolve(root, '.bench/dispositions-1m.csv')
const REFERENCE_ROWS = Number(process.env.BENCH_REFERENCE_ROWS ?? 1_000_000)
const files = {
  'data.csv': csvPath,
  'd100k.csv': resolve(root, '.bench/dispositions-100k.csv'),
  'a200k.csv': resolve(root, '.bench/accounts-200k.csv'),
  'a20k.csv': resolve(root, '.bench/accounts-20k.csv'),
}

async function references(browser: Browser, benchRoot: string) {
  for (const [name, target] of Object.entries(files)) {
    await rm(resolve(benchRoot, name), { force: true })
    await symlink(target, resolve(benchRoot, name))
  }
  const server = await startWebServer({ root: benchRoot })
  try {
    const page = await browser.newPage()
    await page.goto(server.url)
    await page.waitForSelector('html[data-ready="true"]')
    const parse = await page.evaluate(() => window.bench.run({ kind: 'parse', url: '/data.csv' }))
    const store = await page.evaluate((limit) => window.bench.run({ kind: 'oneRecordPerRow', url: '/data.csv', limit }), REFERENCE_ROWS)
    const rules100k = await page.evaluate(() => window.bench.run({ kind: 'rules', url: '/d100k.csv', accountsUrl: '/a20k.csv' }))
    const rules1m = await page.evaluate(() => window.bench.run({ kind: 'rules', url: '/data.csv', accountsUrl: '/a200k.csv' }))
    await page.close()
    return { parse, store, rules100k, rules1m }
  } finally {
    await server.close()
  }
}

async function main(): Promise<void> {
  const executablePath = findChromium()
  if (!executablePath) throw new Error('Chromium not found: apt-get install -y chromium, or set CHROMIUM_PATH')
  const csv = await ensureBenchCsv(csvPath)
  console.error(`input: ${csv.path} (${(csv.bytes / 1e6).toFixed(0)} MB${csv.created ? ', generated' : ', reused'})`)
  await ensureBenchCsv(files['d100k.csv'], 100_000)
  await ensureAccountsCsv(files['a200k.csv'], 200_000)
  await ensureAccountsCsv(files['a20k.csv'], 20_000)
  const { app, bench } = await buildForBench(process.env.SKIP_BUILD === '1')
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
  try {
    const ref = await references(browser, bench)
    const parseRate = (ref.parse.rows / ref.parse.ms) * 1000
    const storeRate = (ref.store.rows / ref.store.ms) * 1000
    print({ figure: 'reference_parse_rows_per_s', value: Math.round(parseRate), unit: 'rows/s', note: `${ref.parse.rows} rows in ${Math.round(ref.parse.ms)} ms` })
    print({ figure: 'reference_one_record_per_row_rows_per_s', value: Math.round(storeRate), unit: 'rows/s', note: `Dexie bulkAdd of ${ref.store.rows} rows, one record each, batches of 10,000` })
    print({ figure: 'rules_1m_ms', value: Math.round(ref.rules1m.ms), unit: 'ms', goal: '< 10000', met: ref.rules1m.ms < 10_000, note: `${ref.rules1m.rows} dispositions and 200,000 accounts, reading the store included; ${ref.rules1m.phases?.findings ?? 0} findings` })
    print({ figure: 'rules_100k_ms', value: Math.round(ref.rules100k.ms), unit: 'ms', note: `${ref.rules100k.rows} dispositions and 20,000 accounts; ${ref.rules100k.phases?.findings ?? 0} findings` })
    const growth = ref.rules1m.ms / ref.rules100k.ms
    print({ figure: 'rules_growth_1m_over_100k', value: Number(growth.toFixed(2)), unit: '×', goal: '<= 12', met: growth <= 12, note: `for ${(ref.rules1m.rows / ref.rules100k.rows).toFixed(1)}× the dispositions` })

    const m = await measureApp(browser, app, csvPath)
    const importRate = (m.importRows / m.importMs) * 1000
    print({ figure: 'import_rows_per_s', value: Math.round(importRate), unit: 'rows/s', note: `${m.importRows} rows (${m.stored} dispositions) in ${Math.round(m.importMs)} ms, file chosen → committed: preview ${m.phases.previewMs} ms, validation ${m.phases.validateMs} ms, commit ${m.phases.commitMs} ms` })
    const ratio = importRate / storeRate
    print({ figure: 'import_vs_one_record_per_row', value: Number(ratio.toFixed(2)), unit: '×', goal: '>= 6', met: ratio >= 6 })
    print({ figure: 'import_vs_parse_only', value: Number((importRate / parseRate).toFixed(2)), unit: '×', note: 'the share of parsing speed the whole import keeps' })
    print({ figure: 'longest_main_thread_task_ms', value: Math.round(m.longestTaskMs), unit: 'ms', goal: '< 200', met: m.longestTaskMs < 200 })
    print({ figure: 'peak_js_heap_mb', value: Math.round(m.peakHeapBytes / 2 ** 20), unit: 'MiB', goal: '< 1024', met: m.peakHeapBytes < 2 ** 30, note: 'page and workers' })
    print({ figure: 'account_list_ready_ms', value: Math.round(m.listReadyMs), unit: 'ms', goal: '< 3000', met: m.listReadyMs < 3000, note: `${m.accounts} accounts, from opening the app` })
    print({ figure: 'account_list_filtered_ms', value: Math.round(m.listFilteredMs), unit: 'ms', goal: '< 200', met: m.listFilteredMs < 200, note: 'status filter clicked → rows on screen, timed in the page' })
    print({ figure: 'account_list_searched_ms', value: Math.round(m.listSearchedMs), unit: 'ms', note: 'search typed → rows on screen, including the 100 ms typing pause' })
  } finally {
    await browser.close()
  }
}

await main()
