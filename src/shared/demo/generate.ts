// The demo data set, generated in code from a seed: fictional platforms and the three reports each sent for
// the third quarter of 2026, with a documented minority of planted rule breaches (see ./plant.ts). Pure and
// deterministic: the same seed gives the same data, ids and hashes included.
//
// With the default seed: 9 platforms in Jiangsu (all six types), ~8,800 accounts (315–1,955 per platform;
// three platforms send two monthly snapshots, ~13,300 account rows), ~4,900 disposition rows and ~1,000
// earnings changes, 47 planted cases over 17 patterns. Generating takes a few hundred milliseconds.
import type { Platform } from '../domain/platform'
import type { ReportKind, RowsByKind } from '../domain/records'
import type { ReportInput } from '../domain/report'
import { canonicalJson, sha256Hex } from '../util/hash'
import { earningsChanges } from './earnings'
import { generateCleanEvents } from './events'
import { headerMapping, reportFileName } from './headers'
import { PLANTED_KEYS, plant, type PlantedKey } from './plant'
import { PLATFORM_SPECS, buildPlatform, type PlatformSpec } from './platforms'
import { populate } from './population'
import { createRng, type Rng } from './random'
import { accountRows, dispositionRows, sourceLines } from './rows'
import { QUARTER, type Holder, type PlatformWorld, type World } from './world'

export const DEMO_SEED = 20260930

/** One report as `commitReport` takes it, with its kind beside the header so that code can narrow on it. */
export type DemoReport = { [K in ReportKind]: ReportInput<K> & { kind: K } }[ReportKind]

export interface Demo {
  platforms: Platform[]
  /** three per platform: accounts, dispositions, earnings changes */
  reports: DemoReport[]
  /** how many cases of each planted pattern the data holds */
  planted: Record<PlantedKey, number>
}

/** Share of a platform's accounts disposed of in the quarter, by its busiest type. */
const EVENT_RATE: Record<PlatformSpec['types'][number], number> = { live: 0.3, shortVideo: 0.28, community: 0.25, news: 0.22, social: 0.2, qa: 0.16 }

function report<K extends ReportKind>(rng: Rng, pw: PlatformWorld, kind: K, rows: RowsByKind[K][]): DemoReport {
  const { spec, platform } = pw
  const rejected = rng.chance(0.4) ? rng.int(1, 6) : 0
  const duplicates = rng.chance(0.25) ? rng.int(1, 3) : 0
  const input: ReportInput<K> & { kind: K } = {
    kind,
    header: {
      id: rng.uuid(),
      platformId: platform.id,
      kind,
      periodStart: QUARTER.start,
      periodEnd: QUARTER.end,
      receivedOn: `2026-10-${String(spec.receivedDay).padStart(2, '0')}`,
      fileName: reportFileName(spec.name, kind, QUARTER.label, spec.headerStyle),
      sha256: sha256Hex(canonicalJson(rows)),
      encoding: 'utf-8',
      mapping: headerMapping(kind, spec.headerStyle, spec.endDates),
      counts: { rows: rows.length + rejected + duplicates, accepted: rows.length, rejected, duplicates },
    },
    rows,
    sourceRows: sourceLines(rng, rows.length, rejected, duplicates),
  }
  return input as DemoReport
}

export function generateDemo(seed: number = DEMO_SEED): Demo {
  const rng = createRng(seed)
  const world: World = {
    rng,
    seed,
    platforms: [],
    disposedHolders: new Map(),
    disposedPerMcn: new Map(),
    counters: { person: 0, enterprise: 0 },
    planted: {},
  }
  PLATFORM_SPECS.forEach((spec, i) => {
    const platform = buildPlatform(rng, spec, `2025-12-${String(10 + i).padStart(2, '0')}T01:30:00.000Z`)
    world.platforms.push({
      spec, platform, accounts: [], events: [], earnings: [], reservedMcns: new Set(),
      snapshots: spec.twoSnapshots ? ['2026-08-31', QUARTER.end] : [QUARTER.end],
    })
  })

  const personPool: Holder[] = []
  const takenCodes = new Set(world.platforms.map((pw) => pw.platform.creditCode))
  const takenMcns = new Set<string>()
  for (const pw of world.platforms) populate(world, pw, personPool, takenCodes, takenMcns)
  plant(world, takenCodes)
  for (const pw of world.platforms) generateCleanEvents(world, pw, Math.max(...pw.spec.types.map((t) => EVENT_RATE[t])))

  const reports: DemoReport[] = []
  for (const pw of world.platforms) {
    const earnings = earningsChanges(rng, pw).map((c) => ({ platformId: pw.platform.id, ...c }))
    reports.push(report(rng, pw, 'accounts', accountRows(rng, pw, earnings)))
    reports.push(report(rng, pw, 'dispositions', dispositionRows(pw)))
    reports.push(report(rng, pw, 'earnings', earnings))
  }
  const planted = Object.fromEntries(PLANTED_KEYS.map((k) => [k, world.planted[k] ?? 0])) as Record<PlantedKey, number>
  return { platforms: world.platforms.map((pw) => pw.platform), reports, planted }
}
