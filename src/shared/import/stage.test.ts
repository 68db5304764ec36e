import iconv from 'iconv-lite'
import writeExcelFile from 'write-excel-file/node'
import { describe, expect, it } from 'vitest'
import { unpackRow, unpackSegment } from '../packing/columns'
import { unpackText } from '../packing/text'
import { NotAReport } from './table'
import { previewFile, stageFile, type StageOptions, type StagedReport } from './stage'

const utf8 = (text: string) => new TextEncoder().encode(text)

const DISPOSITIONS_CSV = [
  '青禾资讯2026年第三季度“自媒体”违规处置情况报送表',
  '报送单位：青禾网络科技有限公司,,,,,,',
  '处置编号,用户ID,昵称,违规行为,违规时间,处罚措施,处置日期,期限,是否上报网信部门',
  'D001,u1,甲,造谣传谣,2026/7/1,禁言30天；暂停营利权限60天,2026-07-02,,是',
  'D002,u2,乙,蹭热点,2026年7月3日,禁言,2026-07-03,15天,否',
  'D003,u3,"<img src=x onerror=alert(1)>",歪曲事实,20260705,警告,,,',
  'D004,u4,=HYPERLINK("x"),其他,2026-07-06,删除内容,,,',
  'D005,,丙,造谣,2026-07-07,禁言,2026-07-07,-3,',
  'D006,u6,丁,不知道什么,2026-07-08,罚站,2026-07-08,7,',
  ',,,,,,,,',
  '填报人：王五,,,,,,,,',
  '联系电话：010-12345678,,,,,,,,',
].join('\r\n')

async function stage(bytes: Uint8Array, name: string, extra: Partial<StageOptions<'dispositions'>> = {}): Promise<StagedReport<'dispositions'>> {
  return stageFile(bytes, name, { platformId: 'p1', reportId: 'r1', kind: 'dispositions', ...extra })
}

describe('previewFile', () => {
  it('skips title rows, finds the header, infers the kind and maps synonyms', async () => {
    const p = await previewFile(utf8(DISPOSITIONS_CSV), 'd.csv')
    expect(p.headerRow).toBe(3)
    expect(p.kind).toBe('dispositions')
    expect(p.mapping).toMatchObject({
      disposition_id: '处置编号', platform_account_id: '用户ID', account_name: '昵称', violation_type: '违规行为',
      violation_date: '违规时间', measure: '处罚措施', measure_start: '处置日期', measure_days: '期限', reported_to_cac: '是否上报网信部门',
    })
    expect(p.titlePeriod).toEqual({ start: '2026-07-01', end: '2026-09-30' })
    expect(p.sample[0]?.[0]).toBe('D001')
  })

  it('infers accounts and earnings reports from their headers', async () => {
    expect((await previewFile(utf8('用户ID,昵称,主体性质,实名标识,粉丝量,内容领域,认证状态,认证到期日,是否开通收益\nu1,a,个人,h,1,金融,已认证,2027-01-01,是'), 'a.csv')).kind).toBe('accounts')
    expect((await previewFile(utf8('账号ID,变更类型,生效日期,原因\nu1,开通,2026-07-01,申请'), 'e.csv')).kind).toBe('earnings')
  })
})

describe('stageFile', () => {
  it('splits multi-measure cells, rejects bad rows with reasons, skips blank and signature rows', async () => {
    const s = await stage(utf8(DISPOSITIONS_CSV), 'd.csv')
    expect(s.rows).toBe(6)
    expect(s.rejected).toBe(2)
    expect(s.accepted).toBe(5)
    expect(s.skipped).toEqual({ blank: 1, footer: 2 })
    expect(s.encoding).toBe('utf-8')
    const [first, second] = s.preview
    expect(first).toMatchObject({ dispositionId: 'D001', measure: 'silencing', measureDays: 30, measureEnd: '2026-07-31', reportedToCac: true, violationDate: '2026-07-01' })
    expect(second).toMatchObject({ dispositionId: 'D001', measure: 'earningsSuspension', measureDays: 60 })
    expect(s.errors).toEqual(
      expect.arrayContaining([
        { row: 8, field: 'platform_account_id', value: '', reason: { key: 'import.reason.required' } },
        { row: 8, field: 'measure_days', value: '-3', reason: { key: 'import.reason.negativeLength' } },
        { row: 9, field: 'violation_type', value: '不知道什么', reason: { key: 'import.reason.unknownViolation' } },
        { row: 9, field: 'measure', value: '罚站', reason: { key: 'import.reason.unknownMeasure' } },
      ]),
    )
  })

  it('stores markup and formula-looking text as inert text, unchanged', async () => {
    const s = await stage(utf8(DISPOSITIONS_CSV), 'd.csv')
    const names = s.preview.map((r) => r.accountName)
    expect(names).toContain('<img src=x onerror=alert(1)>')
    expect(names).toContain('=HYPERLINK("x")')
  })

  it('packs accepted rows into segments with their source rows', async () => {
    const s = await stage(utf8(DISPOSITIONS_CSV), 'd.csv')
    const segment = s.segments[0]!
    expect(segment.count).toBe(5)
    expect(Array.from(segment.sourceRows)).toEqual([4, 4, 5, 6, 7])
    expect(unpackRow(unpackSegment(segment), 2)).toMatchObject({ accountId: 'u2', measure: 'silencing', measureDays: 15 })
  })

  it('counts duplicates within the file and against stored keys', async () => {
    const csv = '处置编号,账号ID,违规类型,违规日期,处置措施\nA,u1,造谣传谣,2026-07-01,警告\nA,u1,造谣传谣,2026-07-01,警告\nB,u2,造谣传谣,2026-07-01,警告\n'
    const once = await stage(utf8(csv), 'x.csv')
    expect([once.accepted, once.duplicates]).toEqual([2, 1])
    const again = await stage(utf8(csv), 'x.csv', { existingKeys: new Set(unpackText(once.keys)) })
    expect([again.accepted, again.duplicates]).toEqual([0, 3])
  })

  it('reads GB18030/GBK without being told, and UTF-8 with a BOM', async () => {
    const gbk = new Uint8Array(iconv.encode(DISPOSITIONS_CSV, 'gbk'))
    const s = await stage(gbk, 'gbk.csv')
    expect(s.encoding).toBe('gb18030')
    expect(s.preview[0]?.accountName).toBe('甲')
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(DISPOSITIONS_CSV)])
    expect((await stage(bom, 'bom.csv')).encoding).toBe('utf-8-bom')
  })

  it('reads a GBK file whose first megabytes are plain ASCII as GB18030, not as broken UTF-8', async () => {
    const ascii = ['disposition_id,platform_account_id,account_name,violation_type,violation_date,measure']
    for (let i = 0, length = 0; length < 4_300_000; i++) {
      const line = `D${i},u${i},n${i},rumour,2026-07-01,warning`
      ascii.push(line)
      length += line.length + 1
    }
    const head = utf8(ascii.join('\n'))
    const tail = iconv.encode('\nZ1,z1,青禾观察,造谣传谣,2026-07-02,禁言\n', 'gbk')
    const bytes = new Uint8Array(head.length + tail.length)
    bytes.set(head)
    bytes.set(tail, head.length)
    const s = await stage(bytes, 'late-gbk.csv')
    expect(s.encoding).toBe('gb18030')
    expect(s.rejected).toBe(0)
    const last = s.segments.at(-1)!
    expect(unpackRow(unpackSegment(last), last.count - 1)).toMatchObject({ accountName: '青禾观察', violationType: 'rumour', measure: 'silencing' })
  })

  it('reads XLSX with several sheets, real dates and numbers', async () => {
    const buffer: Buffer = await writeExcelFile([
      { sheet: '说明', data: [['本表为处置情况报送表']] },
      {
        sheet: '处置记录',
        data: [
          ['处置编号', '账号ID', '违规类型', '违规日期', '处置措施', '期限（天）'],
          ['X1', 'u1', '造谣传谣', { value: new Date(Date.UTC(2026, 6, 1)), format: 'yyyy-mm-dd' }, '禁言', 30],
          ['X2', 'u2', '造谣传谣', 46205, '禁言', '7天'],
        ],
      },
    ]).toBuffer()
    const bytes = new Uint8Array(buffer)
    const p = await previewFile(bytes, 'r.xlsx', { sheet: '处置记录' })
    expect(p.sheetNames).toEqual(['说明', '处置记录'])
    const s = await stage(bytes, 'r.xlsx', { sheet: '处置记录' })
    expect(s.format).toBe('xlsx')
    expect(s.preview.map((r) => [r.violationDate, r.measureDays])).toEqual([['2026-07-01', 30], ['2026-07-02', 7]])
  })

  it('reads JSON arrays and NDJSON', async () => {
    const rows = [
      { 账号ID: 'u1', 变更类型: '开通', 生效日期: '2026-07-01' },
      { 账号ID: 'u2', 变更类型: '暂停', 生效日期: '2026-07-02', 结束日期: '2026-08-01' },
    ]
    const fromArray = await stageFile(utf8(JSON.stringify(rows)), 'e.json', { platformId: 'p', reportId: 'r', kind: 'earnings' })
    const fromLines = await stageFile(utf8(rows.map((r) => JSON.stringify(r)).join('\n')), 'e.ndjson', { platformId: 'p', reportId: 'r', kind: 'earnings' })
    expect(fromArray.preview).toEqual(fromLines.preview)
    expect(fromArray.preview[1]).toMatchObject({ action: 'suspend', endDate: '2026-08-01' })
  })

  it('keeps a character split across every decoder chunk intact over a large file', async () => {
    const lines = ['账号ID,违规类型,违规日期,处置措施']
    for (let i = 0; i < 12_000; i++) lines.push(`用户${i},造谣传谣,2026-07-01,警告`)
    const bytes = utf8(lines.join('\n'))
    // chunk sizes that are not multiples of 3 put a boundary inside the 3-byte characters again and again
    for (const chunkSize of [7, 1000, 4093]) {
      const s = await stage(bytes, 'big.csv', { chunkSize })
      expect(s.accepted).toBe(12_000)
      const ids = s.segments.flatMap((seg) => unpackSegment(seg).columns.accountId)
      expect(ids.every((id, i) => id === `用户${i}`)).toBe(true)
    }
  })
})

describe('files that are not reports', () => {
  const reasons = async (bytes: Uint8Array, name: string) => {
    try {
      await stage(bytes, name)
      return 'no error'
    } catch (error) {
      return error instanceof NotAReport ? error.userMessage.key : String(error)
    }
  }

  it('gives one clear reason each', async () => {
    expect(await reasons(new Uint8Array(), 'empty.csv')).toBe('import.notReport.empty')
    expect(await reasons(utf8('处置编号,账号ID,违规类型,违规日期,处置措施\n'), 'h.csv')).toBe('import.notReport.noRows')
    expect(await reasons(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'pic.csv')).toBe('import.notReport.image')
    const random = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256)
    expect(await reasons(random, 'noise.csv')).toBe('import.notReport.binary')
    expect(await reasons(utf8('[{"账号ID": "u1",'), 'broken.json')).toBe('import.notReport.badJson')
    expect(await reasons(utf8('这只是一段文字\n没有表头'), 'text.csv')).toBe('import.notReport.noHeader')
    expect(await reasons(utf8('账号ID,违规类型\nu1,造谣'), 'cols.csv')).toBe('import.notReport.missingRequired')
  })

  it('refuses a truncated XLSX with a message', async () => {
    const full = new Uint8Array(await writeExcelFile([['账号ID', '违规类型'], ['u1', '造谣']]).toBuffer())
    expect(await reasons(full.subarray(0, Math.floor(full.length / 2)), 'cut.xlsx')).toBe('import.notReport.badXlsx')
  })

  it('rejects a field of several megabytes with a reason instead of storing it', async () => {
    const huge = 'x'.repeat(5_000_000)
    const s = await stage(utf8(`账号ID,违规类型,违规日期,处置措施,情况说明\nu1,造谣传谣,2026-07-01,警告,${huge}\nu2,造谣传谣,2026-07-01,警告,短\n`), 'huge.csv')
    expect(s.accepted).toBe(1)
    expect(s.errors[0]).toMatchObject({ row: 2, field: 'summary', reason: { key: 'import.reason.tooLong' } })
    expect(s.errors[0]!.value.length).toBeLessThan(300)
  })
})
