import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Dexie } from 'dexie'
import type { Disposition } from '@shared/domain/records'
import { packSegments, unpackRow } from '@shared/packing/columns'
import { isPackedText } from '@shared/packing/text'
import { DataLayer } from './data-layer'
import { DeskDatabase } from './database'
import { commitReport } from './reports'

const name = () => `packed-${Math.random()}`
let db: DeskDatabase
beforeEach(async () => {
  db = new DeskDatabase(name())
  await db.open()
})
afterEach(async () => {
  await db.delete()
})

const row = (id: string): Disposition => ({
  platformId: 'p1', dispositionId: id, accountId: `u-${id}`, accountName: '<b>名</b>', violationType: 'rumour', violationDate: '2026-07-01',
  measure: 'warning', measureStart: null, measureDays: null, measureEnd: null, permanent: false, followersRemoved: null,
  reportedToCac: null, summary: '=1+1', contentUrl: '',
})

/** The same database without the app's codecs: what is really on disk. */
async function raw<T>(table: string): Promise<T[]> {
  const plain = new Dexie(db.name)
  await plain.open()
  try {
    return (await plain.table(table).toArray()) as T[]
  } finally {
    plain.close()
  }
}

describe('text in the store', () => {
  it('is written packed and read back as the arrays the app wrote', async () => {
    const data = new DataLayer(db, () => ({ name: '赵六', office: '网信办' }))
    const rows = [row('D1'), row('D2'), row('D3')]
    const header = {
      id: 'r1', platformId: 'p1', kind: 'dispositions' as const, periodStart: '2026-07-01', periodEnd: '2026-09-30', receivedOn: '2026-10-08',
      fileName: 'r1.csv', sha256: 'a', encoding: 'utf-8', mapping: {}, counts: { rows: 3, accepted: 3, rejected: 0, duplicates: 0 },
    }
    await commitReport(data, { header, rows, sourceRows: [2, 3, 4] }, '赵六')
    const [stored] = await raw<{ columns: Record<string, unknown> }>('segments')
    expect(isPackedText(stored?.columns.dispositionId)).toBe(true)
    expect(isPackedText((await raw<{ keys: unknown }>('reportKeys'))[0]?.keys)).toBe(true)
    expect(isPackedText((await raw<{ columns: Record<string, unknown> }>('accountDirectory'))[0]?.columns.accountId)).toBe(true)

    const [segment] = await db.segments.toArray()
    expect([0, 1, 2].map((i) => unpackRow(segment!, i))).toEqual(rows)
    expect((await db.reportKeys.get('r1'))?.keys).toEqual(['D1\u0001warning', 'D2\u0001warning', 'D3\u0001warning'])
    expect((await db.accountDirectory.toArray())[0]?.columns.accountId).toEqual(['u-D1', 'u-D2', 'u-D3'])
  })

  it('reads records written before text was packed as they are', async () => {
    const [segment] = packSegments('dispositions', 'old', 'p1', [row('D9')], [2])
    const plain = new Dexie(db.name)
    await plain.open()
    await plain.table('segments').add(segment)
    plain.close()
    const [read] = await db.segments.bulkGet([segment!.id, 'missing'])
    expect(unpackRow(read!, 0)).toEqual(row('D9'))
  })
})
