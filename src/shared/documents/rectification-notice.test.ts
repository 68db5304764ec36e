import { describe, expect, it } from 'vitest'
import type { Content, ContextPageSize } from 'pdfmake/interfaces'
import { sampleFinding, sampleOrder } from '../rectifications/testing'
import { PDF_FONT_FAMILY } from './fonts'
import { findingSentence, INLINE_FINDINGS, nestQuotes, NOTICE_TITLE, rectificationNotice } from './rectification-notice'

/** Every piece of text in a definition, in order. */
function texts(node: unknown): string[] {
  if (typeof node === 'string') return [node]
  if (Array.isArray(node)) return node.flatMap(texts)
  if (node !== null && typeof node === 'object') {
    const n = node as Record<string, unknown>
    return [...texts(n.text), ...texts(n.stack), ...texts(n.columns), ...texts((n.table as { body?: unknown } | undefined)?.body)]
  }
  return []
}

const page = { width: 595.28, height: 841.89, orientation: 'portrait' } as ContextPageSize

describe('the rectification notice', () => {
  const order = sampleOrder()
  const def = rectificationNotice(order)
  const lines = texts(def.content)
  const all = lines.join('\n')

  it('has the parts of an official notice, in order', () => {
    const at = (text: string) => lines.findIndex((l) => l.includes(text))
    const order_ = ['南京市互联网信息办公室', '宁网信整〔2026〕12号', NOTICE_TITLE, '南京青禾网络科技有限公司：', '经查', '上述问题不符合', '现责令', '特此通知。', '2026年10月30日']
    const positions = order_.map(at)
    expect(positions.every((p) => p >= 0), JSON.stringify(positions)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
    expect(lines).toContain('南京青禾网络科技有限公司：')
  })

  it("states each finding's explanation, grouped under its article", () => {
    for (const f of order.findings) expect(all).toContain(f.explanation)
    expect(all).toContain('一、未落实《通知》第八条“明确营利权限开通条件”的要求')
    expect(all).toContain('二、未落实《通知》第九条“限制违规行为获利”的要求')
    expect(all).toContain('三、未落实《通知》第十二条“严格违规行为处置”的要求')
    expect(all).toContain('（一）账号QH1003')
    // a sentence ends with a full stop, and names its account when the explanation does not
    expect(findingSentence({ explanation: '禁言7天，应暂停14–21天', accountId: 'u1' })).toBe('账号u1：禁言7天，应暂停14–21天。')
    expect(findingSentence({ explanation: '账号u1禁言7天。', accountId: 'u1' })).toBe('账号u1禁言7天。')
    expect(findingSentence({ explanation: '同一主体在两个平台被处置', accountId: null })).toBe('同一主体在两个平台被处置。')
  })

  it('quotes the articles, nesting the quotation marks', () => {
    expect(all).toContain('《通知》第九条“限制违规行为获利”规定：“网站平台对违规‘自媒体’采取禁言措施的，应当同步暂停其营利权限，时长为禁言期限的2至3倍。”')
    expect(all).toContain('根据《关于加强“自媒体”管理的通知》（以下简称《通知》）')
    expect(nestQuotes('“自媒体”')).toBe('‘自媒体’')
  })

  it('requires rectification by the deadline and a written report', () => {
    expect(all).toContain('于2026年11月20日前整改完毕，并将整改情况书面报告我办')
  })

  it('signs with the office and the date, and numbers pages outside', () => {
    const signature = (def.content as Content[]).at(-1) as { stack: { text: string; margin: number[] }[] }
    expect(signature.stack.map((s) => s.text)).toEqual(['南京市互联网信息办公室', '2026年10月30日'])
    // the date ends four characters (64 pt) in from the right of the 156 mm type area; the office is centred over it
    const [office, date] = signature.stack.map((s) => s.margin[0]!)
    const typeArea = (156 * 72) / 25.4
    const dateWidth = 3 * 16 + 8 * 0.555 * 16 // 年月日 and eight digits
    expect(date! + dateWidth).toBeCloseTo(typeArea - 64, 3)
    expect(office! + (11 * 16) / 2).toBeCloseTo(date! + dateWidth / 2, 3)
    const footer = def.footer as (current: number, count: number, size: ContextPageSize) => { text: string; alignment: string }
    expect(footer(1, 2, page)).toMatchObject({ text: '— 1 —', alignment: 'right' })
    expect(footer(2, 2, page)).toMatchObject({ text: '— 2 —', alignment: 'left' })
  })

  it('is set in the embedded Chinese font, on A4, with the document\'s metadata', () => {
    expect(def.defaultStyle).toMatchObject({ font: PDF_FONT_FAMILY, fontSize: 16 })
    expect(def.pageSize).toBe('A4')
    expect(def.info).toMatchObject({ title: '责令限期整改通知书（宁网信整〔2026〕12号）', author: '南京市互联网信息办公室', subject: '青禾资讯' })
  })

  it('moves a long list of findings to an attachment, keeping counts in the body', () => {
    const many = Array.from({ length: INLINE_FINDINGS + 2 }, (_, i) => sampleFinding(String(2000 + i), i % 2 === 0 ? 'N9.1' : 'N2.3'))
    const long = rectificationNotice(sampleOrder(many))
    const text = texts(long.content).join('\n')
    expect(text).toContain('一、未落实《通知》第二条“强化资质认证展示”的要求（共6项）。')
    expect(text).toContain('以上共12项问题，具体情况详见附件。')
    expect(text).toContain('附件：问题清单')
    expect(text).toContain('问题清单')
    for (const f of many) expect(text).toContain(f.explanation)
    expect(texts(rectificationNotice(sampleOrder()).content).join('\n')).not.toContain('附件')
  })
})
