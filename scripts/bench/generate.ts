// The benchmark's input: a dispositions CSV of one million rows, as a busy platform would send it (UTF-8,
// Chinese labels, a title row, some cells naming two measures). Deterministic; written once into .bench/
// and reused.
import { createWriteStream, existsSync } from 'node:fs'
import { mkdir, rename, stat } from 'node:fs/promises'
import { dirname } from 'node:path'

const VIOLATIONS = ['造谣传谣', '蹭炒社会热点', '未标注信息来源', '歪曲事实', '集纳负面信息', '翻炒旧闻', '诱导关注', '恶意营销', '违背公序良俗人设', '消费灾难事故']
const SIMPLE = ['警告', '删除内容', '加注标签', '限流', '取消互动功能']
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗'
const WORDS = ['观察', '说事', '日记', '频道', '小站', '视界', '杂谈', '速递', '热评', '生活']
const SUMMARIES = ['发布不实信息，造成不良影响', '借社会热点事件博取流量', '未标注信息来源转载时政信息', '拼凑剪辑视频歪曲事实', '以设置悬念方式诱导关注']

/** A small seeded generator (mulberry32), so every run writes the same file. */
function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T

export const BENCH_ROWS = 1_000_000

/** The account report that goes with the dispositions file: `rows` accounts u0…, a person each but for a
 * share of enterprises, some holders with two accounts, regulated fields with a few missing credentials. */
export async function ensureAccountsCsv(path: string, rows: number): Promise<{ path: string; bytes: number; created: boolean }> {
  if (existsSync(path)) return { path, bytes: (await stat(path)).size, created: false }
  await mkdir(dirname(path), { recursive: true })
  const r = rng(rows)
  const fields = ['金融', '教育', '医疗卫生', '司法', '娱乐', '生活', '科技', '时政']
  const lines = ['账号ID,账号名称,主体类型,主体标识,所属MCN机构,粉丝数,所属领域,资质认证状态,营利权限,账号状态,注册日期,数据日期']
  for (let i = 0; i < rows; i++) {
    const enterprise = r() < 0.1
    const holder = r() < 0.02 ? `H${i - 1}` : `H${i}`
    const field = pick(r, fields)
    const credential = ['金融', '教育', '医疗卫生', '司法'].includes(field) ? (r() < 0.05 ? '未认证' : '已认证') : ''
    const mcn = r() < 0.2 ? `MCN${Math.floor(r() * 500)}` : ''
    lines.push(`u${i},账号${i},${enterprise ? '企业' : '个人'},${holder},${mcn},${Math.floor(r() * 100000)},${field},${credential},${r() < 0.5 ? '是' : '否'},正常,2024-01-01,2026-09-30`)
  }
  const tmp = `${path}.tmp`
  const out = createWriteStream(tmp)
  await new Promise<void>((resolve, reject) => out.end(`${lines.join('\n')}\n`, (error?: Error | null) => (error ? reject(error) : resolve())))
  await rename(tmp, path)
  return { path, bytes: (await stat(path)).size, created: true }
}

export async function ensureBenchCsv(path: string, rows = BENCH_ROWS): Promise<{ path: string; bytes: number; created: boolean }> {
  if (existsSync(path)) return { path, bytes: (await stat(path)).size, created: false }
  await mkdir(dirname(path), { recursive: true })
  const tmp = `${path}.tmp`
  const out = createWriteStream(tmp)
  const r = rng(20261001)
  const write = (text: string) => new Promise<void>((resolve) => (out.write(text) ? resolve() : out.once('drain', resolve)))
  await write('基准平台2026年第三季度“自媒体”违规处置情况报送表\n')
  await write('处置编号,账号ID,账号名称,违规类型,违规日期,处置措施,开始日期,期限（天）,是否上报网信部门,情况说明\n')
  const accounts = Math.floor(rows / 3)
  let buffer = ''
  for (let i = 0; i < rows; i++) {
    const account = Math.floor(r() * accounts)
    const day = 1 + Math.floor(r() * 92)
    const date = new Date(Date.UTC(2026, 6, day)).toISOString().slice(0, 10)
    const m = r()
    let measure: string
    let days = ''
    if (m < 0.25) {
      const d = pick(r, [7, 15, 30, 90])
      measure = `禁言${d}天；暂停营利权限${d * (r() < 0.9 ? 2 : 1)}天`
    } else if (m < 0.3) measure = '关闭账号'
    else {
      measure = pick(r, SIMPLE)
      if (measure === '限流') days = String(pick(r, [7, 15, 30]))
    }
    const name = `${SURNAMES[account % SURNAMES.length] ?? '王'}${pick(r, WORDS)}${account % 1000}`
    buffer += `BM${String(i).padStart(8, '0')},u${account},${name},${pick(r, VIOLATIONS)},${date},${measure},${date},${days},${r() < 0.1 ? '是' : '否'},${pick(r, SUMMARIES)}\n`
    if (buffer.length > 1 << 20) {
      await write(buffer)
      buffer = ''
    }
  }
  await write(buffer)
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())))
  await rename(tmp, path)
  return { path, bytes: (await stat(path)).size, created: true }
}
