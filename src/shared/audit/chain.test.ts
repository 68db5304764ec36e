import { describe, expect, it } from 'vitest'
import { GENESIS_HASH, sealEntry, verifyChain, type AuditEntry, type UnsealedEntry } from './chain'

const actor = { name: '张三', office: '某市网信办' }

function entry(n: number): UnsealedEntry {
  return {
    at: `2026-07-0${n}T08:00:00.000Z`,
    actor,
    action: 'platform.update',
    entity: 'platform',
    entityId: `p${n}`,
    summary: `修改平台 ${n}`,
    changes: [{ table: 'platforms', key: `p${n}`, before: { name: 'a' }, after: { name: `b${n}` } }],
  }
}

function chain(count: number): AuditEntry[] {
  const out: AuditEntry[] = []
  let prev = GENESIS_HASH
  for (let i = 1; i <= count; i++) {
    const sealed = { ...sealEntry(prev, entry(i)), seq: i }
    out.push(sealed)
    prev = sealed.hash
  }
  return out
}

describe('audit hash chain', () => {
  it('verifies an untouched chain', () => {
    expect(verifyChain(chain(5))).toEqual({ ok: true, count: 5 })
  })

  it('finds an entry whose content was changed', () => {
    const log = chain(5)
    log[2] = { ...log[2]!, summary: '篡改' }
    expect(verifyChain(log)).toMatchObject({ ok: false, brokenAt: 3, reason: 'hash' })
  })

  it('finds a removed entry', () => {
    const log = chain(5)
    log.splice(1, 1)
    expect(verifyChain(log)).toMatchObject({ ok: false, brokenAt: 3, reason: 'link' })
  })

  it('finds a forged entry even when its own hash is recomputed', () => {
    const log = chain(4)
    const forged = sealEntry(log[0]!.hash, { ...entry(2), summary: '伪造' })
    log[1] = { ...forged, seq: 2 }
    expect(verifyChain(log)).toMatchObject({ ok: false, brokenAt: 3, reason: 'link' })
  })

  it('hashes the same content the same way regardless of key order', () => {
    const a = sealEntry(GENESIS_HASH, entry(1))
    const reordered = { ...entry(1), changes: [{ after: { name: 'b1' }, before: { name: 'a' }, key: 'p1', table: 'platforms' }] }
    expect(sealEntry(GENESIS_HASH, reordered).hash).toBe(a.hash)
  })
})
