import { describe, expect, it } from 'vitest'
import { PLATFORM_TYPES } from '../domain/platform'
import type { AccountSnapshot, Disposition, ReportKind, RowsByKind } from '../domain/records'
import { creditCodeProblem } from '../platform/credit-code'
import { validatePlatformInput } from '../platform/validate'
import { canonicalJson, sha256Hex } from '../util/hash'
import { isIsoDate } from '../util/dates'
import { generateDemo } from './generate'

const demo = generateDemo()

function rowsOf<K extends ReportKind>(kind: K): RowsByKind[K][] {
  return demo.reports.filter((r) => r.kind === kind).flatMap((r) => [...r.rows] as RowsByKind[K][])
}

describe('demo data', () => {
  it('is the same for the same seed and different for another', () => {
    const again = generateDemo()
    expect(again.platforms).toEqual(demo.platforms)
    expect(again.reports.map((r) => r.header)).toEqual(demo.reports.map((r) => r.header))
    expect(again.planted).toEqual(demo.planted)
    const other = generateDemo(7)
    expect(other.reports.map((r) => r.header.sha256)).not.toEqual(demo.reports.map((r) => r.header.sha256))
  })

  it('has 8–10 valid, fictional platforms covering every platform type, some with several', () => {
    expect(demo.platforms.length).toBeGreaterThanOrEqual(8)
    expect(demo.platforms.length).toBeLessThanOrEqual(10)
    const types = new Set(demo.platforms.flatMap((p) => p.types))
    expect([...types].sort()).toEqual([...PLATFORM_TYPES].sort())
    expect(demo.platforms.filter((p) => p.types.length > 1).length).toBeGreaterThanOrEqual(2)
    for (const p of demo.platforms) {
      expect(creditCodeProblem(p.creditCode)).toBeNull()
      expect(p.operator).toMatch(/有限公司$/)
      expect(p.jurisdiction).toMatch(/^江苏省/)
      expect(validatePlatformInput(p).ok).toBe(true)
    }
    expect(new Set(demo.platforms.map((p) => p.creditCode)).size).toBe(demo.platforms.length)
    expect(new Set(demo.platforms.map((p) => p.name)).size).toBe(demo.platforms.length)
  })

  it('has an accounts, a dispositions and an earnings report per platform, for Q3 2026, received in October', () => {
    expect(demo.reports).toHaveLength(demo.platforms.length * 3)
    for (const p of demo.platforms) {
      expect(demo.reports.filter((r) => r.header.platformId === p.id).map((r) => r.kind).sort()).toEqual(['accounts', 'dispositions', 'earnings'])
    }
    for (const r of demo.reports) {
      const h = r.header
      expect(h.kind).toBe(r.kind)
      expect([h.periodStart, h.periodEnd]).toEqual(['2026-07-01', '2026-09-30'])
      expect(h.receivedOn >= '2026-10-01' && h.receivedOn <= '2026-10-31').toBe(true)
      expect(h.fileName).toMatch(/^.+_2026Q3_.+\.(csv|xlsx)$/)
      expect(h.sha256).toBe(sha256Hex(canonicalJson(r.rows)))
      expect(h.encoding).toBe('utf-8')
      expect(Object.keys(h.mapping)).toContain('platform_account_id')
      expect(h.counts.accepted).toBe(r.rows.length)
      expect(h.counts.rows).toBe(h.counts.accepted + h.counts.rejected + h.counts.duplicates)
      expect(r.sourceRows).toHaveLength(r.rows.length)
      expect(new Set(r.sourceRows).size).toBe(r.rows.length)
      expect(Math.max(...r.sourceRows)).toBeLessThanOrEqual(h.counts.rows + 1)
      expect(r.rows.every((row) => row.platformId === h.platformId)).toBe(true)
    }
    expect(new Set(demo.reports.map((r) => r.header.id)).size).toBe(demo.reports.length)
  })

  it('holds a few hundred to ~2,000 accounts per platform, thousands of accounts and dispositions in all', () => {
    const accounts = rowsOf('accounts')
    const perPlatform = demo.platforms.map((p) => new Set(accounts.filter((a) => a.platformId === p.id).map((a) => a.accountId)).size)
    for (const n of perPlatform) expect(n).toBeGreaterThanOrEqual(300)
    for (const n of perPlatform) expect(n).toBeLessThanOrEqual(2100)
    expect(perPlatform.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(5000)
    expect(rowsOf('dispositions').length).toBeGreaterThanOrEqual(3000)
    expect(rowsOf('earnings').length).toBeGreaterThanOrEqual(500)
    const snapshotsPer = demo.platforms.map((p) => new Set(accounts.filter((a) => a.platformId === p.id).map((a) => a.snapshotDate)).size)
    expect(snapshotsPer.filter((n) => n === 2).length).toBeGreaterThanOrEqual(2)
  })

  it('uses the domain code lists, valid dates inside the quarter, and ids unique per platform', () => {
    const dispositions = rowsOf('dispositions')
    const accounts = rowsOf('accounts')
    const known = new Set(accounts.map((a) => `${a.platformId}|${a.accountId}`))
    for (const d of dispositions) {
      expect(isIsoDate(d.violationDate) && d.violationDate >= '2026-07-01' && d.violationDate <= '2026-09-30').toBe(true)
      expect(d.measureStart !== null && d.measureStart >= d.violationDate && d.measureStart <= '2026-09-30').toBe(true)
      expect(known.has(`${d.platformId}|${d.accountId}`)).toBe(true)
      if (d.permanent) expect(d.measureDays).toBeNull()
    }
    expect(new Set(dispositions.map((d) => `${d.platformId}|${d.dispositionId}`)).size).toBe(dispositions.length)
    const perSnapshot = new Set(accounts.map((a) => `${a.platformId}|${a.snapshotDate ?? ''}|${a.accountId}`))
    expect(perSnapshot.size).toBe(accounts.length)
    for (const e of rowsOf('earnings')) expect(known.has(`${e.platformId}|${e.accountId}`)).toBe(true)
  })

  it('looks like real work: a realistic mix of violations, measures and holders', () => {
    const dispositions: Disposition[] = rowsOf('dispositions')
    const byType = new Map<string, number>()
    for (const d of dispositions) byType.set(d.violationType, (byType.get(d.violationType) ?? 0) + 1)
    expect(byType.size).toBe(15)
    const silencings = dispositions.filter((d) => d.measure === 'silencing')
    expect(new Set(silencings.map((d) => d.measureDays))).toEqual(new Set([7, 15, 30, 90]))
    expect(silencings.length).toBeGreaterThan(300)
    const accounts: AccountSnapshot[] = rowsOf('accounts')
    const enterprises = accounts.filter((a) => a.holderType === 'enterprise').length / accounts.length
    expect(enterprises).toBeGreaterThan(0.03)
    expect(enterprises).toBeLessThan(0.2)
    const signed = accounts.filter((a) => a.mcn !== '').length / accounts.length
    expect(signed).toBeGreaterThan(0.05)
    expect(signed).toBeLessThan(0.35)
    for (const field of ['金融', '教育', '医疗卫生', '司法']) expect(accounts.some((a) => a.field === field)).toBe(true)
    expect(new Set(accounts.map((a) => a.status))).toEqual(new Set(['normal', 'silenced', 'restricted', 'closed', 'blacklisted', 'cancelled']))
  })

  it('handles the violations the notice prescribes measures for, outside the planted cases', () => {
    const events = new Map<string, Set<string>>()
    for (const d of rowsOf('dispositions')) {
      const key = `${d.platformId}|${d.accountId}|${d.violationDate}|${d.violationType}`
      events.set(key, (events.get(key) ?? new Set()).add(d.measure))
    }
    for (const [key, measures] of events) {
      const type = key.split('|')[3]
      // N12: unaccredited professional content → interaction removed, silenced or closed
      if (type === 'unaccreditedProfessional') expect(['interactionRemoval', 'silencing', 'closure'].some((m) => measures.has(m))).toBe(true)
      // N9: vulgar personas and malicious marketing lose their earnings
      if (type === 'vulgarPersona' || type === 'maliciousMarketing') expect(measures.has('earningsCancellation')).toBe(true)
    }
  })
})
