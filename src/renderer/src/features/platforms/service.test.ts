import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { verifyChain } from '@shared/audit/chain'
import { withCheckChar } from '@shared/platform/credit-code'
import { DataLayer, UserError } from '@renderer/db/data-layer'
import { DeskDatabase } from '@renderer/db/database'
import { archivePlatform, createPlatform, PlatformRejected, restorePlatform, updatePlatform } from './service'

const actor = { name: '李四', office: '某市网信办' }
const CODE_A = withCheckChar('91110108MA01ABCD3')
const CODE_B = withCheckChar('91310000MA1FL0000')

const input = (name: string, creditCode: string) => ({
  name, operator: '某某科技有限公司', creditCode, types: ['shortVideo'], jurisdiction: '北京市',
  contacts: [{ name: '张三', role: '', phone: '13800138000', email: '' }], note: '',
})

let db: DeskDatabase
let data: DataLayer
let ids = 0
const options = { now: () => new Date('2026-07-02T03:04:05.000Z'), newId: () => `p${++ids}` }

beforeEach(async () => {
  ids = 0
  db = new DeskDatabase(`test-${Math.random()}`)
  await db.open()
  data = new DataLayer(db, () => actor)
})
afterEach(async () => {
  await db.delete()
})

async function refusal(attempt: Promise<unknown>): Promise<PlatformRejected> {
  const error: unknown = await attempt.then(() => null, (e: unknown) => e)
  expect(error).toBeInstanceOf(PlatformRejected)
  return error as PlatformRejected
}

describe('platform service', () => {
  it('creates a platform, normalised, with one audit entry', async () => {
    const platform = await createPlatform(data, input(' 甲平台 ', CODE_A.toLowerCase()), options)
    expect(platform).toMatchObject({ id: 'p1', name: '甲平台', creditCode: CODE_A, archived: false, createdAt: '2026-07-02T03:04:05.000Z' })
    expect(await db.platforms.get('p1')).toEqual(platform)
    const log = await db.auditLog.toArray()
    expect(log).toMatchObject([{ action: 'platform.create', entity: 'platform', entityId: 'p1', summary: '甲平台', actor }])
  })

  it('refuses invalid input with every problem and stores nothing', async () => {
    const error = await refusal(createPlatform(data, { ...input('', 'X'), types: [] }, options))
    expect(error).toBeInstanceOf(UserError)
    expect(error.problems.map((p) => p.path)).toEqual(['name', 'creditCode', 'types'])
    expect(await db.platforms.count()).toBe(0)
    expect(await db.auditLog.count()).toBe(0)
  })

  it('refuses a duplicate name (any width or case) and a duplicate credit code', async () => {
    await createPlatform(data, input('Douyin 抖音', CODE_A), options)
    const byName = await refusal(createPlatform(data, input('ＤＯＵＹＩＮ 抖音', CODE_B), options))
    expect(byName.userMessage).toEqual({ path: 'name', key: 'validation.duplicateName', params: { name: 'Douyin 抖音' } })
    const byCode = await refusal(createPlatform(data, input('乙', CODE_A), options))
    expect(byCode.problems).toEqual([{ path: 'creditCode', key: 'validation.duplicateCreditCode', params: { name: 'Douyin 抖音' } }])
    expect(await db.platforms.count()).toBe(1)
    expect(await db.auditLog.count()).toBe(1)
  })

  it('updates a platform, keeping its id, state and creation time; an unchanged save logs nothing', async () => {
    await createPlatform(data, input('甲', CODE_A), options)
    const later = { now: () => new Date('2026-08-01T00:00:00.000Z') }
    const updated = await updatePlatform(data, 'p1', { ...input('甲', CODE_A), jurisdiction: '上海市' }, later)
    expect(updated).toMatchObject({ id: 'p1', jurisdiction: '上海市', createdAt: '2026-07-02T03:04:05.000Z', updatedAt: '2026-08-01T00:00:00.000Z' })
    await updatePlatform(data, 'p1', { ...input('甲', CODE_A), jurisdiction: ' 上海市 ' }, later)
    const log = await db.auditLog.orderBy('seq').toArray()
    expect(log.map((e) => e.action)).toEqual(['platform.create', 'platform.update'])
    expect(log[1]?.changes).toMatchObject([{ before: { jurisdiction: '北京市' }, after: { jurisdiction: '上海市' } }])
    expect(verifyChain(log).ok).toBe(true)
  })

  it('refuses to rename a platform to another one’s name, and to update one that is not there', async () => {
    await createPlatform(data, input('甲', CODE_A), options)
    await createPlatform(data, input('乙', CODE_B), options)
    await refusal(updatePlatform(data, 'p2', input('甲', CODE_B)))
    await expect(updatePlatform(data, 'nope', input('丙', CODE_B))).rejects.toMatchObject({ userMessage: { key: 'validation.platform.notFound' } })
    expect((await db.platforms.get('p2'))?.name).toBe('乙')
  })

  it('archives and restores, freeing the name meanwhile and refusing a restore once it is taken', async () => {
    await createPlatform(data, input('甲', CODE_A), options)
    await archivePlatform(data, 'p1', options)
    expect((await db.platforms.get('p1'))?.archived).toBe(true)
    await archivePlatform(data, 'p1', options) // already archived: nothing to record
    await createPlatform(data, input('甲', CODE_B), options)
    const error = await refusal(restorePlatform(data, 'p1', options))
    expect(error.userMessage.key).toBe('validation.duplicateName')
    await archivePlatform(data, 'p2', options)
    await restorePlatform(data, 'p1', options)
    expect((await db.platforms.get('p1'))?.archived).toBe(false)
    const actions = (await db.auditLog.orderBy('seq').toArray()).map((e) => e.action)
    expect(actions).toEqual(['platform.create', 'platform.archive', 'platform.create', 'platform.archive', 'platform.restore'])
  })
})
