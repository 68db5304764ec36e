import { describe, expect, it } from 'vitest'
import { isPackedText, packText, packTextColumns, unpackText, unpackTextColumns } from './text'

describe('packed text', () => {
  it('round-trips any strings, empty ones, separators and astral characters included', () => {
    const values = ['', 'u1', '王观察600', '\u0000,\u0001;', '😀𠀀', '', 'x'.repeat(5000)]
    const packed = packText(values)
    expect(packed.ends).toHaveLength(values.length)
    expect(unpackText(packed)).toEqual(values)
    expect(unpackText(packText([]))).toEqual([])
  })

  it('packs the string arrays of a record and leaves everything else as it is', () => {
    const days = new Int32Array([1, 2])
    const columns = { accountId: ['a', 'b'], day: days, none: [] as string[] }
    const packed = packTextColumns(columns)
    expect(isPackedText(packed.accountId)).toBe(true)
    expect(packed.day).toBe(days)
    expect(columns.accountId).toEqual(['a', 'b'])
    expect(unpackTextColumns(structuredClone(packed))).toEqual(columns)
    // columns stored before text was packed come back as they are
    expect(unpackTextColumns(columns)).toBe(columns)
  })
})
