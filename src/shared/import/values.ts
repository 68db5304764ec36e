// Normalising cell values as platforms write them: dates in every common form (including Excel serials and
// 2026年7月1日), lengths (30天, 1个月, 永久), yes/no, and the domain's codes by their Chinese names and
// synonyms. Each function returns the value, or `undefined` when the text cannot be read (the row is then
// rejected with the field and the value); empty input is `null`.
import {
  ACCOUNT_STATUSES,
  CREDENTIAL_STATUSES,
  EARNINGS_ACTIONS,
  HOLDER_TYPES,
  MEASURES,
  VIOLATION_TYPES,
  type AccountStatus,
  type CredentialStatus,
  type EarningsAction,
  type HolderType,
  type Measure,
  type ViolationType,
} from '../domain/records'
import { isIsoDate, isoDayNumber, isoFromDay } from '../util/dates'
import { normaliseLabel } from './fields'

/** A raw cell: text from CSV/JSON, or a number, boolean or Date from XLSX/JSON. */
export type Cell = string | number | boolean | Date | null | undefined

/** What String.prototype.trim removes: white space and line terminators (a few more codes are let through to
 * trim itself, which then decides). */
const mayTrim = (c: number) => c <= 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff

export function cellText(cell: Cell): string {
  // most cells have nothing to trim: looking at both ends is cheaper than the call
  if (typeof cell === 'string') return cell.length === 0 || (!mayTrim(cell.charCodeAt(0)) && !mayTrim(cell.charCodeAt(cell.length - 1))) ? cell : cell.trim()
  if (cell === null || cell === undefined) return ''
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10)
  return String(cell).trim()
}

/** Report columns repeat a few values a million times (dates, names of measures): remember what each text
 * read as. The cache is dropped when it grows past a bound, so free text cannot make it grow without end. */
function memoText<T>(read: (cell: Cell) => T, bound = 50_000): (cell: Cell) => T {
  let cache = new Map<string, T>()
  // the last text and what it read as: a column often repeats its value from one row to the next
  let lastText: string | null = null
  let lastValue = undefined as T
  return (cell) => {
    if (typeof cell !== 'string') return read(cell)
    if (cell === lastText) return lastValue
    let value = cache.get(cell)
    if (value === undefined && !cache.has(cell)) {
      value = read(cell)
      if (cache.size >= bound) cache = new Map()
      cache.set(cell, value)
    }
    lastText = cell
    lastValue = value as T
    return value as T
  }
}

const pad = (n: number) => String(n).padStart(2, '0')

/** A date from the year, month and day groups of a match. */
function ymdOf(m: RegExpExecArray): string | undefined {
  return ymd(Number(m[1]), Number(m[2]), Number(m[3]))
}

function ymd(y: number, m: number, d: number): string | undefined {
  const iso = `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`
  return isIsoDate(iso) ? iso : undefined
}

/** Excel's day 0 is 1899-12-30 (its 1900 leap-year bug folded in): serial 46204 is 2026-07-01. */
const EXCEL_EPOCH_DAY = -25569

export function excelSerialToIso(serial: number): string {
  return isoFromDay(Math.floor(serial) + EXCEL_EPOCH_DAY)
}

/** Serials this plausible count as dates in a date column (1954 – 2173). */
const SERIAL_MIN = 20000
const SERIAL_MAX = 100000

const DATE_PATTERNS: [RegExp, (m: RegExpExecArray) => string | undefined][] = [
  // 2026-07-01, 2026/7/1, 2026.7.1, with an optional time after it
  [/^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/, ymdOf],
  // 2026年7月1日, optionally 号 and a time
  [/^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?(?:\s*\d{1,2}[:：时]\d{2}.*)?$/, ymdOf],
  // 20260701
  [/^(\d{4})(\d{2})(\d{2})$/, ymdOf],
]

function readDate(cell: Cell): string | null | undefined {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? undefined : cell.toISOString().slice(0, 10)
  if (typeof cell === 'number') return cell >= SERIAL_MIN && cell <= SERIAL_MAX ? excelSerialToIso(cell) : undefined
  const text = cellText(cell)
  if (text === '' || text === '-' || text === '—' || text === '无') return null
  for (const [re, read] of DATE_PATTERNS) {
    const m = re.exec(text)
    if (m) return read(m)
  }
  // a serial written as text, e.g. "46204" or "46204.5"
  if (/^\d{5}(\.\d+)?$/.test(text)) {
    const n = Number(text)
    if (n >= SERIAL_MIN && n <= SERIAL_MAX) return excelSerialToIso(n)
  }
  return undefined
}

/** A measure's length: a number of days, permanent, or none. */
export type Length = { days: number } | { permanent: true }

const PERMANENT = /^(永久|永久性|长期|无限期|终身|permanent|forever)$/i
const UNIT_DAYS: [RegExp, number][] = [
  [/^(天|日|d|day|days)$/i, 1],
  [/^(周|星期|w|week|weeks)$/i, 7],
  [/^(个月|月|m|month|months)$/i, 30],
  [/^(年|y|year|years)$/i, 365],
]
const CN_NUMBERS: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 半: 0.5 }

/** Reads `30`, `30天`, `1个月`, `三个月`, `半年`, `永久`; a negative length reads as a number below zero so
 * that validation can name it. */
function readLength(cell: Cell): Length | null | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? { days: cell } : undefined
  const text = cellText(cell).replace(/\s+/g, '')
  if (text === '' || text === '-' || text === '—') return null
  if (PERMANENT.test(text)) return { permanent: true }
  const m = /^(-?\d+(?:\.\d+)?|[一两二三四五六七八九十半])(.*)$/.exec(text)
  if (!m) return undefined
  const amount = CN_NUMBERS[m[1] ?? ''] ?? Number(m[1])
  const unit = m[2] ?? ''
  if (unit === '') return { days: amount }
  for (const [re, days] of UNIT_DAYS) if (re.test(unit)) return { days: Math.round(amount * days) }
  return undefined
}

const YES = new Set(['是', 'y', 'yes', 'true', '1', '已上报', '已报送', '已开通', '开通', '有', '√', '✓', 'enabled', 'on'])
const NO = new Set(['否', 'n', 'no', 'false', '0', '未上报', '未报送', '未开通', '关闭', '无', '×', '✗', 'disabled', 'off'])

function readYesNo(cell: Cell): boolean | null | undefined {
  if (typeof cell === 'boolean') return cell
  if (typeof cell === 'number') return cell === 1 ? true : cell === 0 ? false : undefined
  const text = cellText(cell).toLowerCase()
  if (text === '' || text === '-' || text === '—') return null
  if (YES.has(text)) return true
  if (NO.has(text)) return false
  return undefined
}

function readCount(cell: Cell): number | null | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : undefined
  const text = cellText(cell).replace(/[,，\s]/g, '')
  if (text === '' || text === '-' || text === '—') return null
  const m = /^(\d+(?:\.\d+)?)(万|w|k|千)?$/i.exec(text)
  if (!m) return undefined
  const scale = m[2] === '万' || m[2]?.toLowerCase() === 'w' ? 10_000 : m[2] ? 1000 : 1
  return Math.round(Number(m[1]) * scale)
}

/** Names for each code, Chinese first; matching uses normaliseLabel, so spacing and brackets do not matter. */
const VIOLATION_NAMES: Record<ViolationType, string[]> = {
  rumour: ['造谣传谣', '造谣', '传谣', '谣言', '散布谣言', '编造谣言', '制造谣言', '转发谣言', '传播谣言', 'rumour', 'rumor'],
  impersonation: ['假冒仿冒', '假冒', '仿冒', '冒充', '冒用', '假冒仿冒他人', 'impersonation'],
  noSource: ['未标注信息来源', '未标注来源', '来源未标注', '未注明来源', 'nosource'],
  fictionUnlabelled: ['虚构演绎未标注', '虚构演绎', '未标注虚构', '剧情演绎未标注', '摆拍', 'fictionunlabelled'],
  distortion: ['歪曲事实', '断章取义', '拼凑剪辑', '合成伪造', '无中生有', 'distortion'],
  hotTopicHype: ['蹭炒社会热点', '蹭炒热点', '蹭热点', '炒作热点', '恶意炒作', '蹭炒社会热点事件', 'hottopichype'],
  negativeCompilation: ['集纳负面信息', '集纳负面', '负面信息集纳', 'negativecompilation'],
  oldNewsRehash: ['翻炒旧闻', '翻炒旧闻旧事', '旧闻新炒', 'oldnewsrehash'],
  disasterExploitation: ['消费灾难事故', '消费灾难', '消费事故', 'disasterexploitation'],
  followInducement: ['诱导关注', '诱导用户关注', '引流', 'followinducement'],
  matrixPublishing: ['矩阵发布', '矩阵式发布', '矩阵号', '账号矩阵', 'matrixpublishing'],
  vulgarPersona: ['违背公序良俗人设', '低俗人设', '打造低俗人设', '违背公序良俗', 'vulgarpersona'],
  unaccreditedProfessional: ['未认证发布专业领域信息', '无资质发布', '未经资质认证', '未认证发布', 'unaccreditedprofessional'],
  maliciousMarketing: ['恶意营销', '违规营销', 'maliciousmarketing'],
  other: ['其他', '其它', 'other'],
}

const MEASURE_NAMES: Record<Measure, string[]> = {
  warning: ['警告', '警示', '提醒', 'warning'],
  contentRemoval: ['删除内容', '删除', '删帖', '下架内容', '删除违规内容', 'contentremoval'],
  labelling: ['加注标签', '标签', '加标签', '标记', 'labelling', 'labeling'],
  trafficLimit: ['限流', '限制流量', '降低推荐', 'trafficlimit'],
  interactionRemoval: ['取消互动功能', '关闭互动', '关闭评论', '取消互动', 'interactionremoval'],
  silencing: ['禁言', '禁止发言', '禁止发布', '禁言处罚', '暂停发布', 'silencing', 'mute'],
  earningsSuspension: ['暂停营利权限', '暂停营利', '暂停收益', '暂停收益权限', '冻结收益', '暂停商业化权限', 'earningssuspension'],
  earningsCancellation: ['取消营利权限', '取消营利', '取消收益', '取消收益权限', '关闭营利权限', 'earningscancellation'],
  followerCleanup: ['清理违规粉丝', '清理粉丝', '清除违规粉丝', '清粉', 'followercleanup'],
  followerFreeze: ['禁止新增粉丝', '冻结粉丝', '禁止涨粉', 'followerfreeze'],
  followerWipe: ['清空粉丝', '清空全量粉丝', '粉丝清零', 'followerwipe'],
  fieldSuspension: ['暂停领域发布', '暂停相应领域信息发布', '暂停领域信息发布', 'fieldsuspension'],
  closure: ['关闭账号', '关闭', '封号', '封禁账号', '永久封禁', '账号封禁', '关停', 'closure'],
  blacklist: ['纳入黑名单', '黑名单', '列入黑名单', '拉黑', 'blacklist'],
}

const HOLDER_NAMES: Record<HolderType, string[]> = {
  person: ['个人', '自然人', '个人用户', 'person', 'individual', 'personal'],
  enterprise: ['企业', '机构', '单位', '公司', '企业用户', '组织', 'enterprise', 'organisation', 'organization', 'company'],
}

const CREDENTIAL_NAMES: Record<CredentialStatus, string[]> = {
  verified: ['已认证', '认证', '是', '通过', '有效', 'verified', 'yes'],
  unverified: ['未认证', '无', '否', '未通过', '待认证', 'unverified', 'no'],
  expired: ['已过期', '过期', '失效', '认证过期', 'expired'],
}

const STATUS_NAMES: Record<AccountStatus, string[]> = {
  normal: ['正常', '启用', '活跃', 'normal', 'active'],
  silenced: ['禁言', '禁言中', 'silenced', 'muted'],
  restricted: ['限制', '受限', '限流', '部分功能受限', 'restricted'],
  closed: ['关闭', '已关闭', '封禁', '封号', '已封禁', '关停', 'closed', 'banned'],
  blacklisted: ['黑名单', '纳入黑名单', '已拉黑', 'blacklisted'],
  cancelled: ['注销', '已注销', 'cancelled', 'deleted'],
}

const ACTION_NAMES: Record<EarningsAction, string[]> = {
  grant: ['开通', '开通营利权限', '授予', '赋予', '新开通', 'grant', 'granted', 'enable'],
  suspend: ['暂停', '暂停营利权限', '冻结', 'suspend', 'suspended'],
  cancel: ['取消', '取消营利权限', '关闭', '撤销', 'cancel', 'cancelled', 'revoke'],
  restore: ['恢复', '恢复营利权限', '解除暂停', '重新开通', 'restore', 'restored'],
}

function synonymIndex<C extends string>(codes: readonly C[], names: Record<C, string[]>): Map<string, C> {
  const index = new Map<string, C>()
  for (const code of codes) for (const name of [code, ...names[code]]) index.set(normaliseLabel(name), code)
  return index
}

const INDEXES = {
  violation: synonymIndex(VIOLATION_TYPES, VIOLATION_NAMES),
  measure: synonymIndex(MEASURES, MEASURE_NAMES),
  holderType: synonymIndex(HOLDER_TYPES, HOLDER_NAMES),
  credential: synonymIndex(CREDENTIAL_STATUSES, CREDENTIAL_NAMES),
  status: synonymIndex(ACCOUNT_STATUSES, STATUS_NAMES),
  action: synonymIndex(EARNINGS_ACTIONS, ACTION_NAMES),
}

function lookup<C>(index: Map<string, C>, cell: Cell): C | null | undefined {
  const text = cellText(cell)
  if (text === '') return null
  return index.get(normaliseLabel(text))
}

export const parseViolation = memoText((cell: Cell) => lookup(INDEXES.violation, cell))
export const parseMeasureName = memoText((cell: Cell) => lookup(INDEXES.measure, cell))
export const parseHolderType = memoText((cell: Cell) => lookup(INDEXES.holderType, cell))
export const parseCredential = memoText((cell: Cell) => lookup(INDEXES.credential, cell))
export const parseAccountStatus = memoText((cell: Cell) => lookup(INDEXES.status, cell))
export const parseEarningsAction = memoText((cell: Cell) => lookup(INDEXES.action, cell))

/** One measure read from a cell, with the length written beside it, if any ("禁言30天"). */
export interface MeasurePart {
  measure: Measure
  length: Length | null
  text: string
}

/** Separators between several measures in one cell: ；;、，,/+ and new lines ("禁言30天；暂停营利权限60天"). */
const MEASURE_SEPARATORS = /[；;、，,/+＋\n]+|并且|同时|并|及|和/

/**
 * Reads a measure cell that may name several measures, each with an optional length after it (and
 * brackets around the length). Returns undefined when any part cannot be read, so the row is rejected whole
 * rather than half-imported.
 */
function readMeasures(cell: Cell): MeasurePart[] | null | undefined {
  const text = cellText(cell)
  if (text === '') return null
  const parts: MeasurePart[] = []
  for (const raw of text.split(MEASURE_SEPARATORS)) {
    const part = raw.trim()
    if (part === '') continue
    const whole = parseMeasureName(part)
    if (whole) {
      parts.push({ measure: whole, length: null, text: part })
      continue
    }
    // a name followed by a length: 禁言30天, 禁言（30天）, 暂停营利权限 60 日, 禁言永久
    const m = /^(.*?)[（(\s]*(-?\d+(?:\.\d+)?\s*(?:天|日|周|个月|月|年|days?|weeks?|months?|years?)?|永久|长期|[一两二三四五六七八九十半]\s*(?:天|周|个月|年))[)）]?$/.exec(part)
    const measure = m ? parseMeasureName(m[1]) : undefined
    const length = m ? parseLength(m[2]) : undefined
    if (!measure || !length) return undefined
    parts.push({ measure, length, text: part })
  }
  return parts.length > 0 ? parts : null
}

const memoDate = memoText(readDate)
/** A date as the report wrote it; the common `YYYY-MM-DD` read from its characters, the rest remembered. */
export const parseDate = (cell: Cell): string | null | undefined => (typeof cell === 'string' && !Number.isNaN(isoDayNumber(cell)) ? cell : memoDate(cell))
export const parseLength = memoText(readLength)
export const parseYesNo = memoText(readYesNo)
export const parseCount = memoText(readCount)
export const parseMeasures = memoText(readMeasures)
