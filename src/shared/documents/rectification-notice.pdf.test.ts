// The notice rendered by pdfmake in Node with the bundled font, as the worker renders it in the window:
// the Chinese text must be embedded (subset) and extractable, and a page must stay small. The text is
// read back with pdftotext (poppler-utils), which the development machines and CI have.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import pdfMake from 'pdfmake'
import { afterAll, describe, expect, it } from 'vitest'
import { sampleFinding, sampleOrder } from '../rectifications/testing'
import { pdfFonts } from './fonts'
import { rectificationNotice } from './rectification-notice'

const FONT = resolve(import.meta.dirname, '../../../node_modules/@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf')
const dir = mkdtempSync(join(tmpdir(), 'notice-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

pdfMake.setUrlAccessPolicy(() => false)
pdfMake.setLocalAccessPolicy((path) => resolve(path) === FONT)
pdfMake.setFonts(pdfFonts(FONT))

async function render(name: string, order = sampleOrder()): Promise<{ file: string; bytes: number }> {
  const buffer = await pdfMake.createPdf(rectificationNotice(order)).getBuffer()
  const file = join(dir, name)
  writeFileSync(file, buffer)
  return { file, bytes: buffer.length }
}

function poppler(tool: string, args: string[]): string | null {
  const run = spawnSync(tool, args, { encoding: 'utf8' })
  return run.error ? null : run.stdout
}

describe('the notice as a PDF', () => {
  it('embeds the Chinese font as a subset: a page is tens of kilobytes', async () => {
    const { file, bytes } = await render('short.pdf')
    const head = poppler('pdfinfo', [file])
    const pages = head === null ? 2 : Number(/Pages:\s+(\d+)/.exec(head)?.[1])
    expect(bytes / pages).toBeLessThan(60_000)
    const fonts = poppler('pdffonts', [file])
    if (fonts !== null) expect(fonts).toMatch(/[A-Z]{6}\+NotoSansSC.*yes\s+yes/)
  })

  it('reads back the title, the document number, the operator and the deadline', async (ctx) => {
    const { file } = await render('text.pdf')
    const text = poppler('pdftotext', ['-layout', file, '-'])
    if (text === null) {
      ctx.skip('pdftotext not found: install poppler-utils to check the text of the PDF')
      return
    }
    const flat = text.replace(/\s+/g, '')
    expect(flat).toContain('责令限期整改通知书')
    expect(flat).toContain('宁网信整〔2026〕12号')
    expect(flat).toContain('南京青禾网络科技有限公司：')
    expect(flat).toContain('2026年11月20日前整改完毕')
    expect(flat).toContain('南京市互联网信息办公室2026年10月30日')
  })

  it('lays out a long list with its attachment in a few pages', async (ctx) => {
    const many = Array.from({ length: 40 }, (_, i) => sampleFinding(String(3000 + i), ['N9.1', 'N2.3', 'N12.2', 'N8.1'][i % 4] ?? 'N9.1'))
    const { file, bytes } = await render('long.pdf', sampleOrder(many))
    const info = poppler('pdfinfo', [file])
    if (info === null) {
      ctx.skip('pdfinfo not found: install poppler-utils to count the pages')
      return
    }
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1])
    expect(pages).toBeGreaterThanOrEqual(3)
    expect(bytes / pages).toBeLessThan(40_000)
    expect(poppler('pdftotext', [file, '-'])?.replace(/\s+/g, '')).toContain('问题清单')
  })
})
