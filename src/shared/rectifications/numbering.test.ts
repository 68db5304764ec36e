import { describe, expect, it } from 'vitest'
import { formatDocumentNumber, lastPrefix, nextSequence, numberTaken, validPrefix } from './numbering'

describe('document numbers', () => {
  it('are written as GB/T 9704 has them: prefix, year in 〔〕, sequence without leading zeros, 号', () => {
    expect(formatDocumentNumber({ numberPrefix: '宁网信整', year: 2026, sequence: 12 })).toBe('宁网信整〔2026〕12号')
    expect(formatDocumentNumber({ numberPrefix: ' 宁网信整 ', year: 2026, sequence: 1 })).toBe('宁网信整〔2026〕1号')
  })

  it('count per prefix and per year, starting at 1, one after the highest used', () => {
    const used = [
      { numberPrefix: '宁网信整', year: 2026, sequence: 1 },
      { numberPrefix: '宁网信整', year: 2026, sequence: 7 },
      { numberPrefix: '宁网信整', year: 2025, sequence: 40 },
      { numberPrefix: '苏网信整', year: 2026, sequence: 3 },
    ]
    expect(nextSequence(used, '宁网信整', 2026)).toBe(8)
    expect(nextSequence(used, '宁网信整', 2027)).toBe(1)
    expect(nextSequence(used, '苏网信整', 2026)).toBe(4)
    expect(nextSequence(used, '锡网信整', 2026)).toBe(1)
    expect(nextSequence([], '宁网信整', 2026)).toBe(1)
  })

  it('are unique', () => {
    const used = [{ numberPrefix: '宁网信整', year: 2026, sequence: 7 }]
    expect(numberTaken(used, { numberPrefix: '宁网信整 ', year: 2026, sequence: 7 })).toBe(true)
    expect(numberTaken(used, { numberPrefix: '宁网信整', year: 2025, sequence: 7 })).toBe(false)
  })

  it('take a prefix of words only', () => {
    expect(validPrefix('宁网信整')).toBe(true)
    expect(validPrefix('  ')).toBe(false)
    expect(validPrefix('宁网信整〔')).toBe(false)
    expect(validPrefix('宁网信整号')).toBe(false)
    expect(validPrefix('宁'.repeat(21))).toBe(false)
  })

  it('start from the prefix the office used last', () => {
    expect(lastPrefix([])).toBe('')
    expect(
      lastPrefix([
        { numberPrefix: '旧前缀', year: 2025, sequence: 1, issuedOn: '2025-03-01' },
        { numberPrefix: '宁网信整', year: 2026, sequence: 1, issuedOn: '2026-03-01' },
      ]),
    ).toBe('宁网信整')
  })
})
