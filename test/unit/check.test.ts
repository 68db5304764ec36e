// The `check` command: the app's import and rule checks on files, in memory, with its JSON and exit codes.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import writeExcelFile from 'write-excel-file/node'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseArgs, type CheckArgs } from '../../src/cli/args'
import { exitCode, runCheck } from '../../src/cli/run-check'

const dir = mkdtempSync(join(tmpdir(), 'check-'))
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text)
  return join(dir, name)
}

let weiboDispositions = ''
let weiboEarnings = ''
let weiboAccounts = ''
let douyinAccounts = ''
let douyinDispositions = ''
let picture = ''

beforeAll(async () => {
  weiboDispositions = file('weibo-d.csv', '处置编号,账号ID,违规类型,违规日期,处置措施,开始日期,期限（天）\nW1,u1,造谣传谣,2026-07-01,禁言,2026-07-01,30\nW2,u2,歪曲事实,2026-07-02,警告,,\nW3,,歪曲事实,2026-07-02,警告,,\n')
  weiboEarnings = file('weibo-e.csv', '账号ID,变更类型,生效日期\nu1,开通,2026-08-01\n')
  weiboAccounts = file('weibo-a.csv', '账号ID,主体类型,主体标识,数据日期\nu1,个人,H1,2026-09-30\nu2,个人,H2,2026-09-30\n')
  douyinAccounts = join(dir, 'douyin-a.xlsx')
  writeFileSync(douyinAccounts, await writeExcelFile([['用户ID', '主体性质', '实名标识', '统计日期'], ['d1', '个人', 'H1', '2026-09-30']]).toBuffer())
  douyinDispositions = file('douyin-d.csv', '账号ID,违规类型,违规日期,处置措施\nd1,造谣传谣,2026-07-20,警告\n')
  picture = join(dir, 'photo.csv')
  writeFileSync(picture, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]))
})

const args = (...argv: string[]): CheckArgs => {
  const parsed = parseArgs(argv)
  if ('error' in parsed) throw new Error(parsed.error)
  return parsed
}

describe('check', () => {
  it('reports each file and finds what needs several files together', async () => {
    const result = await runCheck(args('--platform', '微博', weiboDispositions, weiboEarnings, weiboAccounts, '--platform', '抖音', douyinAccounts, douyinDispositions), 'zh-CN', '2026-10-10')
    expect(result.files.map((f) => [f.file, f.platform, f.kind, f.accepted, f.rejected])).toEqual([
      ['weibo-d.csv', '微博', 'dispositions', 2, 1],
      ['weibo-e.csv', '微博', 'earnings', 1, 0],
      ['weibo-a.csv', '微博', 'accounts', 2, 0],
      ['douyin-a.xlsx', '抖音', 'accounts', 1, 0],
      ['douyin-d.csv', '抖音', 'dispositions', 1, 0],
    ])
    expect(result.files[0]?.errors).toEqual([{ row: 4, field: 'platform_account_id', value: '', reason: '必填项为空' }])
    const rules = result.findings.map((f) => `${f.rule} ${f.platform}`).sort()
    expect(rules).toEqual(['N8.clean-record 微博', 'N9.earnings-suspension 微博', 'X.cross-platform 微博'])
    const n9 = result.findings.find((f) => f.rule === 'N9.earnings-suspension')
    expect(n9).toMatchObject({ requirement: 'N9.1', account: 'u1', holder: 'H1', severity: 'high', evidence: ['weibo-d.csv#2'] })
    expect(n9?.explanation).toBe('禁言30天（2026-07-01起），未见同步暂停或取消营利权限，应暂停60–90天')
    expect(result.findings.find((f) => f.rule === 'X.cross-platform')?.explanation).toContain('微博、抖音')
    expect(exitCode(result)).toBe(1)
  })

  it('exits 0 for clean files, 2 for a file that is not a report', async () => {
    expect(exitCode(await runCheck(args(douyinAccounts), 'zh-CN'))).toBe(0)
    const bad = await runCheck(args(picture, douyinAccounts), 'en')
    expect(bad.files[0]?.unreadable).toBe('This is a picture, not a report table')
    expect(exitCode(bad)).toBe(2)
  })

  it('prints the documented JSON and exit status as a command', () => {
    const run = spawnSync('npx', ['tsx', '--tsconfig', 'tsconfig.node.json', 'src/cli/check.ts', '--platform', '微博', weiboDispositions, weiboEarnings, '--json'], { encoding: 'utf8' })
    expect(run.status).toBe(1)
    const out = JSON.parse(run.stdout) as { files: Record<string, unknown>[]; findings: Record<string, unknown>[] }
    expect(Object.keys(out.files[0] ?? {})).toEqual(['file', 'platform', 'kind', 'encoding', 'rows', 'accepted', 'rejected', 'duplicates', 'errors'])
    expect(Object.keys(out.findings[0] ?? {})).toEqual(['rule', 'requirement', 'platform', 'account', 'holder', 'severity', 'explanation', 'evidence'])
    const unreadable = spawnSync('npx', ['tsx', '--tsconfig', 'tsconfig.node.json', 'src/cli/check.ts', picture], { encoding: 'utf8' })
    expect(unreadable.status).toBe(2)
    expect(unreadable.stdout).toContain('这是一个图片文件，不是报送表格')
  }, 60_000)
})
