import { describe, expect, it } from 'vitest'
import type { Platform } from '@shared/domain/platform'
import { filterPlatforms, readFilter, writeFilter } from './filter'

const platform = (id: string, name: string, operator: string, creditCode: string, archived = false): Platform => ({
  id, name, operator, creditCode, archived, types: id === 'a' ? ['live'] : ['news'], jurisdiction: '', contacts: [], note: '', createdAt: '', updatedAt: '',
})
const all = [
  platform('a', 'Douyin 抖音', '北京微播视界科技有限公司', '91110108MA01ABCD3X'),
  platform('b', '今日头条', '北京字节跳动科技有限公司', '91110000551385082Q'),
  platform('c', '旧论坛', '某某网络公司', '91310000MA1FL00001', true),
]
const ids = (list: Platform[]) => list.map((p) => p.id)

describe('platform list filter', () => {
  it('shows the active platforms by default', () => {
    expect(ids(filterPlatforms(all, readFilter(new URLSearchParams())))).toEqual(['a', 'b'])
    expect(ids(filterPlatforms(all, readFilter(new URLSearchParams('status=archived'))))).toEqual(['c'])
    expect(ids(filterPlatforms(all, readFilter(new URLSearchParams('status=all'))))).toEqual(['a', 'b', 'c'])
  })

  it('searches name, operator and credit code, ignoring case and width', () => {
    const search = (q: string) => ids(filterPlatforms(all, { query: q, type: null, status: 'all' }))
    expect(search('ＤＯＵＹＩＮ')).toEqual(['a'])
    expect(search('字节跳动')).toEqual(['b'])
    expect(search('ma1fl')).toEqual(['c'])
    expect(search('  ')).toEqual(['a', 'b', 'c'])
  })

  it('filters by type, and reads only known values back from the address', () => {
    expect(ids(filterPlatforms(all, readFilter(new URLSearchParams('type=live'))))).toEqual(['a'])
    expect(readFilter(new URLSearchParams('type=blog&status=gone'))).toEqual({ query: '', type: null, status: 'active' })
    expect(writeFilter({ query: '抖音', type: 'live', status: 'active' }).toString()).toBe(new URLSearchParams({ q: '抖音', type: 'live' }).toString())
  })
})
