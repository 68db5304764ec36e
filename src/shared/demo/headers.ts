// The header rows the demo platforms "sent": each platform words its columns its own way (three house
// styles of common synonyms), and a report remembers which header each import field was read from
// (canonical field → header, the field names of the import contract in DESIGN.md).
import type { ReportKind } from '../domain/records'

type Synonyms = Record<string, readonly [string, string, string]>

const ACCOUNT_ID = { platform_account_id: ['账号ID', '用户ID', '账号编号'], account_name: ['账号名称', '昵称', '账号昵称'] } as const

const HEADERS: Record<ReportKind, Synonyms> = {
  accounts: {
    ...ACCOUNT_ID,
    holder_type: ['主体类型', '账号主体类型', '注册主体类型'],
    holder_key: ['主体标识', '实名信息摘要', '主体证件号（哈希）'],
    mcn: ['所属MCN机构', 'MCN机构', '签约MCN'],
    followers: ['粉丝数', '粉丝量', '粉丝数量'],
    field: ['所属领域', '领域标签', '账号领域'],
    credential_status: ['资质认证状态', '认证状态', '专业资质认证'],
    credential_expiry: ['资质有效期至', '认证有效期', '资质到期日'],
    earnings_enabled: ['营利权限', '是否开通营利', '营利权限状态'],
    entity_changed_on: ['主体变更日期', '主体变更时间', '变更主体日期'],
    account_status: ['账号状态', '状态', '账号当前状态'],
    registered_on: ['注册日期', '注册时间', '开户日期'],
    snapshot_date: ['数据日期', '统计日期', '截至日期'],
  },
  dispositions: {
    disposition_id: ['处置编号', '处置单号', '工单号'],
    ...ACCOUNT_ID,
    violation_type: ['违规类型', '违规行为', '违规情形'],
    violation_date: ['违规日期', '发现日期', '违规时间'],
    measure: ['处置措施', '处置方式', '处罚措施'],
    measure_start: ['开始日期', '处置日期', '执行日期'],
    measure_days: ['期限（天）', '处置时长（天）', '期限'],
    measure_end: ['结束日期', '截止日期', '解除日期'],
    followers_removed: ['清理粉丝数', '清理粉丝数量', '清粉数'],
    reported_to_cac: ['是否上报网信部门', '已报网信部门', '上报网信'],
    summary: ['情况说明', '违规情况', '处置说明'],
    content_url: ['内容链接', '违规内容链接', '链接'],
  },
  earnings: {
    ...ACCOUNT_ID,
    action: ['变更类型', '操作类型', '权限变更'],
    effective_date: ['生效日期', '变更日期', '生效时间'],
    end_date: ['结束日期', '截止日期', '恢复日期'],
    reason: ['原因', '变更原因', '说明'],
  },
}

/** The mapping a platform's file of this kind was read with. */
export function headerMapping(kind: ReportKind, style: number, endDates: boolean): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [field, names] of Object.entries(HEADERS[kind])) {
    if (field === 'measure_end' && !endDates) continue
    out[field] = names[style % 3] ?? names[0]
  }
  return out
}

/** The file name a platform gave its report, e.g. `青禾资讯_2026Q3_处置记录.csv`. */
export function reportFileName(platform: string, kind: ReportKind, quarter: string, style: number): string {
  const label = { accounts: '账号信息', dispositions: '处置记录', earnings: '营利权限变更' }[kind]
  const ext = style === 1 && kind !== 'dispositions' ? 'xlsx' : 'csv'
  return `${platform}_${quarter}_${label}.${ext}`
}
