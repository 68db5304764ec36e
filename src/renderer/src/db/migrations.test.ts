// The migration harness: for each schema version, open a store at the version before it, seed it with the
// records that version knew, close it, open the current schema and check that the upgrade kept and
// converted everything. A new schema version must come with its seed and its checks here.
import { Dexie } from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { noticeCatalogue } from '@shared/catalogue/notice-2023'
import type { Disposition } from '@shared/domain/records'
import { packSegments } from '@shared/packing/columns'
import { DeskDatabase } from './database'
import { CURRENT_VERSION, SCHEMA, declareSchema } from './schema'

const disposition = (dispositionId: string, accountId: string): Disposition => ({
  platformId: 'p1', dispositionId, accountId, accountName: `名${accountId}`, violationType: 'rumour', violationDate: '2026-07-01',
  measure: 'silencing', measureStart: '2026-07-01', measureDays: 7, measureEnd: '2026-07-08', permanent: false,
  followersRemoved: null, reportedToCac: null, summary: '', contentUrl: '',
})
const v1Segments = packSegments('dispositions', 'r1', 'p1', [disposition('D1', 'u1'), disposition('D2', 'u1'), disposition('D3', 'u2')], [2, 3, 4])

/** What a store at each version held: table → records. */
const SEEDS: Record<number, Record<string, unknown[]>> = {
  1: {
    settings: [{ key: 'locale', value: 'en' }],
    platforms: [{ id: 'p1', name: '青禾资讯', creditCode: '91350100M000100Y43', archived: false, types: ['news'] }],
    catalogues: [noticeCatalogue()],
    reports: [
      { id: 'r1', platformId: 'p1', kind: 'dispositions', sha256: 'x', receivedOn: '2026-10-08', importedAt: '2026-10-09T00:00:00.000Z', status: 'committed' },
      { id: 'r0', platformId: 'p1', kind: 'dispositions', sha256: 'y', receivedOn: '2026-10-01', importedAt: '2026-10-02T00:00:00.000Z', status: 'rolledBack' },
    ],
    segments: v1Segments,
    auditLog: [{ at: '2026-10-09T00:00:00.000Z', action: 'report.commit', entity: 'report', entityId: 'r1', hash: 'h', prevHash: '0' }],
  },
  2: {
    reportKeys: [{ reportId: 'r2', platformId: 'p1', kind: 'earnings', keys: ['k'] }],
    accountDirectory: [{ id: 'p1:0', platformId: 'p1', chunk: 0, count: 0, columns: {} }],
    findings: [{ id: 'f1', platformId: 'p1', requirementId: 'N9.1', rule: 'N9.earnings-suspension', status: 'confirmed', severity: 'high', period: '2026-07' }],
  },
  3: {
    findings: [{ id: 'f3', platformId: 'p1', rule: 'N2.credential', status: 'open', inspectionId: 'i1' }],
  },
}

/** Checks that a store upgraded from `from` still holds what the seed put in. */
const CHECKS: Record<number, (db: DeskDatabase) => Promise<void>> = {
  1: async (db) => {
    expect(await db.settings.get('locale')).toEqual({ key: 'locale', value: 'en' })
    expect((await db.platforms.get('p1'))?.name).toBe('青禾资讯')
    expect((await db.catalogues.get(noticeCatalogue().id))?.requirements.length).toBe(noticeCatalogue().requirements.length)
    const segment = await db.segments.get('r1:000000')
    expect(segment?.sourceRows).toBeInstanceOf(Int32Array)
    expect(await db.auditLog.count()).toBe(1)
    // v2 derived each committed report's keys and the platform's account directory from the segments
    expect((await db.reportKeys.get('r1'))?.keys).toEqual(['D1\u0001silencing', 'D2\u0001silencing', 'D3\u0001silencing'])
    expect(await db.reportKeys.get('r0')).toBeUndefined()
    const [chunk] = await db.accountDirectory.where('platformId').equals('p1').toArray()
    expect(chunk?.columns.accountId).toEqual(['u1', 'u2'])
    expect(Array.from(chunk?.columns.dispositions ?? [])).toEqual([2, 1])
    expect(chunk?.columns.refs).toEqual(['r1:000000', 'r1:000000'])
  },
  2: async (db) => {
    expect((await db.reportKeys.get('r2'))?.keys).toEqual(['k'])
    expect((await db.accountDirectory.get('p1:0'))?.count).toBe(0)
    // v3 dropped some findings indexes: the records stay whole and the remaining indexes find them
    expect(await db.findings.where('status').equals('confirmed').first()).toMatchObject({ id: 'f1', severity: 'high', period: '2026-07' })
    expect(await db.findings.where('rule').equals('N9.earnings-suspension').count()).toBe(1)
  },
  3: async (db) => {
    expect(await db.findings.where('inspectionId').equals('i1').first()).toMatchObject({ id: 'f3' })
  },
}

async function seedAt(name: string, version: number): Promise<void> {
  const old = new Dexie(name)
  declareSchema(old, version)
  await old.open()
  for (const [table, rows] of Object.entries(SEEDS[version] ?? {})) await old.table(table).bulkAdd(rows)
  old.close()
}

const opened: DeskDatabase[] = []
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete()
})

describe('schema migrations', () => {
  it('has a seed and a check for every version, and versions only ever grow', () => {
    const versions = SCHEMA.map((v) => v.version)
    expect(versions).toEqual([...versions].sort((a, b) => a - b))
    expect(new Set(versions).size).toBe(versions.length)
    for (const v of versions) {
      expect(SEEDS[v], `seed for version ${v}`).toBeDefined()
      expect(CHECKS[v], `check for version ${v}`).toBeDefined()
    }
  })

  for (const { version } of SCHEMA) {
    it(`opens a version-${version} store with data under the current schema (v${CURRENT_VERSION})`, async () => {
      const name = `migrate-${version}-${Math.random()}`
      await seedAt(name, version)
      const db = new DeskDatabase(name)
      opened.push(db)
      await db.open()
      expect(db.verno).toBe(CURRENT_VERSION)
      await CHECKS[version]?.(db)
    })
  }
})
