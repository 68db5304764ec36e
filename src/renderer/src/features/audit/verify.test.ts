import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DataLayer } from '@renderer/db/data-layer'
import { DeskDatabase } from '@renderer/db/database'
import { verifyAuditLog } from './verify'

let db: DeskDatabase
let data: DataLayer

beforeEach(async () => {
  db = new DeskDatabase(`verify-${Math.random()}`)
  await db.open()
  data = new DataLayer(db, () => ({ name: '王五', office: '网信办' }))
  // more entries than one page, so the chain is checked across page boundaries
  for (let i = 0; i < 2100; i++) {
    await data.write({ action: 'settings.update', entity: 'setting', entityId: 'k', summary: '' }, ['settings'], (tx) => tx.put('settings', { key: 'k', value: i }))
  }
})
afterEach(async () => {
  await db.delete()
})

describe('verifyAuditLog', () => {
  it('passes an intact log across pages and reports progress', async () => {
    const seen: number[] = []
    expect(await verifyAuditLog(db, (done) => seen.push(done))).toEqual({ ok: true, count: 2100 })
    expect(seen).toEqual([2000, 2100])
  })

  it('finds an entry edited behind the data layer\'s back', async () => {
    await db.auditLog.update(2050, { actor: { name: '他人', office: '' } })
    expect(await verifyAuditLog(db)).toMatchObject({ ok: false, brokenAt: 2050, reason: 'hash' })
  })

  it('finds a deleted entry at a page boundary', async () => {
    await db.auditLog.delete(2001)
    expect(await verifyAuditLog(db)).toMatchObject({ ok: false, brokenAt: 2002, reason: 'link' })
  })
})
