import { describe, expect, it } from 'vitest'
import { CsvRecordStream, guessDelimiter } from './csv'
import { decodeChunks, detectEncoding } from './decode'

function parseAll(text: string, pieceSize: number): string[][] {
  const out: string[][] = []
  const stream = new CsvRecordStream((records) => out.push(...records))
  for (let i = 0; i < text.length; i += pieceSize) stream.push(text.slice(i, i + pieceSize))
  stream.end()
  return out
}

describe('CSV records in pieces', () => {
  const text = '账号ID,情况说明\r\nu1,"第一行\n第二行"\r\nu2,"含有""引号"",和逗号"\r\nu3,末行'
  const expected = [['账号ID', '情况说明'], ['u1', '第一行\n第二行'], ['u2', '含有"引号",和逗号'], ['u3', '末行']]

  it('gives the same records whatever the piece size', () => {
    for (const size of [1, 2, 3, 5, 7, 16, 1000]) expect(parseAll(text, size)).toEqual(expected)
  })

  it('cuts only at line breaks outside quotes, for many quoted fields with line breaks in any pieces', () => {
    let seed = 11
    const next = (n: number) => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n
    const rows: string[][] = []
    for (let r = 0; r < 400; r++) {
      rows.push(Array.from({ length: 3 }, () => ['', 'a', '多行\n文本', 'x,y', '"引"', '\r\n', 'b\n\nc'][next(7)] ?? ''))
    }
    const quote = (cell: string) => (/[",\r\n]/.test(cell) || next(3) === 0 ? `"${cell.replaceAll('"', '""')}"` : cell)
    const csv = rows.map((row) => row.map(quote).join(',')).join('\n')
    for (const size of [1, 3, 64, 997, csv.length]) expect(parseAll(csv, size)).toEqual(rows)
  })

  it('guesses tab, semicolon and comma delimiters', () => {
    expect(guessDelimiter('a\tb\tc\n1\t2\t3')).toBe('\t')
    expect(guessDelimiter('a;b;c\n1;2;3')).toBe(';')
    expect(guessDelimiter('a,b\n"x;y",2')).toBe(',')
  })
})

describe('decoding in chunks', () => {
  const line = '账号ID,账号名称,违规类型\n'
  const body = Array.from({ length: 200 }, (_, i) => `u${i},用户${i}号,造谣传谣\n`).join('')

  it('never corrupts a multi-byte character that straddles a chunk boundary (UTF-8)', () => {
    const bytes = new TextEncoder().encode(line + body)
    // every chunk size from 1 to 7 puts a boundary inside some 3-byte character
    for (let size = 1; size <= 7; size++) {
      let out = ''
      decodeChunks(bytes, detectEncoding(bytes), (t) => (out += t), size)
      expect(out).toBe(line + body)
      expect(out).not.toContain('\uFFFD')
    }
  })

  it('detects and decodes GB18030, dropping nothing at boundaries', () => {
    // 账号 in GBK: D5CB BAC5; build the bytes from a known GBK table fragment
    const gbk = new Uint8Array([0xd5, 0xcb, 0xba, 0xc5, 0x2c, 0x31, 0x0a, 0xd5, 0xcb, 0xba, 0xc5, 0x2c, 0x32, 0x0a])
    expect(detectEncoding(gbk)).toBe('gb18030')
    for (let size = 1; size <= 5; size++) {
      let out = ''
      decodeChunks(gbk, 'gb18030', (t) => (out += t), size)
      expect(out).toBe('账号,1\n账号,2\n')
    }
  })

  it('detects and strips a UTF-8 BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('a,b\n')])
    expect(detectEncoding(bytes)).toBe('utf-8-bom')
    let out = ''
    decodeChunks(bytes, 'utf-8-bom', (t) => (out += t), 2)
    expect(out).toBe('a,b\n')
  })
})
