// Importing a platform's report in the browser: a GBK CSV with title and signature rows is read without
// being told its encoding, bad rows are rejected with reasons and exported with formula cells neutralised,
// the commit stores it and runs the rule checks, the same file again adds nothing, and a picture is refused.
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { appSession } from './support/app-session'
import { ImportPage } from './pages/import'

const ctx = appSession({ demo: true })

const CSV = [
  '青禾资讯2026年第四季度“自媒体”违规处置情况报送表',
  '报送单位：南京青禾网络科技有限公司',
  '处置编号,用户ID,昵称,违规行为,违规时间,处罚措施,处置日期,期限',
  'E2E-1,e2e_u1,测试甲,造谣传谣,2026/10/3,禁言30天,2026-10-03,',
  'E2E-2,e2e_u2,测试乙,蹭热点,2026年10月5日,禁言15天；暂停营利权限30天,2026-10-05,',
  'E2E-3,e2e_u3,<img src=x onerror=alert(1)>,歪曲事实,2026-10-06,=1+1,2026-10-06,',
  '填报人：王五',
].join('\r\n')
const gbk = { name: '青禾资讯_2026Q4_处置记录.csv', mimeType: 'text/csv', buffer: iconv.encode(CSV, 'gbk') }

describe('importing a report', () => {
  it('reads GBK, rejects with reasons, exports them inert, commits once and checks the rules', async () => {
    const page = new ImportPage(ctx.app)
    await page.open('青禾资讯')
    await page.choose(gbk)
    expect(await ctx.s.page.getByText('GB18030').first().isVisible()).toBe(true)

    const counts = await page.validate()
    expect(counts).toEqual({ rows: 3, accepted: 3, rejected: 1, duplicates: 0 })
    const table = ctx.s.page.getByTestId('import-rejected-table')
    expect(await table.textContent()).toContain('无法识别的处置措施')

    const download = await page.exportRejected('csv')
    const text = Buffer.concat((await (await download.createReadStream()).toArray()) as Buffer[]).toString('utf8')
    expect(text.charCodeAt(0)).toBe(0xfeff)
    expect(text).toContain(`"'=1+1"`)

    const rules = await page.commit()
    // e2e_u1 is silenced without any earnings suspension: the rule checks find it at once
    expect(rules.added).toBeGreaterThanOrEqual(1)

    await ctx.app.nav('reports')
    await expect.poll(() => ctx.s.page.getByText('青禾资讯_2026Q4_处置记录.csv').count()).toBe(1)

    // the same file again: recognised, nothing to commit
    await page.open('青禾资讯')
    await page.choose(gbk)
    await page.validate()
    expect(await ctx.s.page.getByTestId('import-same-file').isVisible()).toBe(true)
    expect(await ctx.s.page.getByTestId('import-commit').isDisabled()).toBe(true)
  })

  it('refuses a picture with one clear message and writes nothing', async () => {
    const page = new ImportPage(ctx.app)
    await page.open('青禾资讯')
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
    await page.choose({ name: '截图.csv', mimeType: 'text/csv', buffer: png })
    expect(await ctx.s.page.getByTestId('import-not-report').textContent()).toContain('这是一个图片文件，不是报送表格')
    await ctx.app.nav('reports')
    await expect.poll(() => ctx.s.page.getByText('共 27 份').count()).toBe(1)
  })
})
