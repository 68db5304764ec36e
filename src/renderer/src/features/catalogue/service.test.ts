// The catalogue service against a real store (fake IndexedDB): audited writes, refusals that store nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { NOTICE_CODE, noticeCatalogue } from '@shared/catalogue/notice-2023'
import { parameterValues } from '@shared/catalogue/versions'
import { ensureBuiltIns } from '@renderer/db/bootstrap'
import { DataLayer } from '@renderer/db/data-layer'
import { DeskDatabase } from '@renderer/db/database'
import { CatalogueRefused, createVersion, importCatalogue } from './service'

const actor = { name: '李四', office: '某市网信办' }
const author = { actorName: '李四', now: new Date('2026-07-02T03:04:05.000Z') }
let db: DeskDatabase
let data: DataLayer

beforeEach(async () => {
  db = new DeskDatabase(`catalogue-service-${Math.random()}`)
  await db.open()
  data = new DataLayer(db, () => actor)
  await ensureBuiltIns(data)
})
afterEach(async () => {
  await db.delete()
})

const change = { effectiveFrom: '2026-08-01', note: '调整', parameters: { cleanRecordMonths: 6 } }

describe('createVersion', () => {
  it('stores the next version with one audit entry', async () => {
    const v2 = await createVersion(data, `${NOTICE_CODE}@1`, change, author)
    const v3 = await createVersion(data, `${NOTICE_CODE}@1`, change, author)
    expect([v2.version, v3.version]).toEqual([2, 3])
    expect(parameterValues((await db.catalogues.get(v3.id))!).cleanRecordMonths).toBe(6)
    const log = await db.auditLog.where('action').equals('catalogue.create').toArray()
    expect(log.map((e) => e.entityId)).toEqual([`${NOTICE_CODE}@2`, `${NOTICE_CODE}@3`])
    expect(log[0]?.summary).toBe('关于加强“自媒体”管理的通知 第2版')
  })

  it('refuses with every problem and stores nothing', async () => {
    const attempt = createVersion(data, `${NOTICE_CODE}@1`, { ...change, effectiveFrom: '2020-01-01', parameters: { cleanRecordMonths: 0 } }, author)
    await expect(attempt).rejects.toBeInstanceOf(CatalogueRefused)
    const problems = await attempt.catch((e: unknown) => (e as CatalogueRefused).problems.map((p) => p.key))
    expect(problems).toEqual(['validation.catalogue.effectiveBeforeBase', 'validation.catalogue.outOfRange'])
    expect(await db.catalogues.count()).toBe(1)
    expect(await db.auditLog.where('action').equals('catalogue.create').count()).toBe(0)
  })

  it('refuses a base that is not there', async () => {
    await expect(createVersion(data, 'nothing@1', change, author)).rejects.toBeInstanceOf(CatalogueRefused)
  })
})

describe('importCatalogue', () => {
  it('stores an imported catalogue as an office version, audited', async () => {
    const file = { ...noticeCatalogue(), code: 'gd-2026', id: 'gd-2026@1', titleZh: '广东省补充目录' }
    const { catalogue, renumberedFrom } = await importCatalogue(data, file, author)
    expect(renumberedFrom).toBeNull()
    expect(await db.catalogues.get('gd-2026@1')).toMatchObject({ builtIn: false, createdBy: '李四', titleZh: '广东省补充目录' })
    expect(catalogue.id).toBe('gd-2026@1')
    expect(await db.auditLog.where('action').equals('catalogue.import').count()).toBe(1)
  })

  it('renumbers a held version with other content, and refuses the same content twice', async () => {
    const file = { ...noticeCatalogue(), note: '省网信办下发' }
    expect((await importCatalogue(data, file, author)).renumberedFrom).toBe(1)
    expect(await db.catalogues.get(`${NOTICE_CODE}@2`)).toMatchObject({ note: '省网信办下发', builtIn: false })
    await expect(importCatalogue(data, file, author)).rejects.toMatchObject({ problems: [{ key: 'validation.catalogue.alreadyImported' }] })
    await expect(importCatalogue(data, noticeCatalogue(), author)).rejects.toBeInstanceOf(CatalogueRefused)
    expect(await db.catalogues.count()).toBe(2)
  })
})
