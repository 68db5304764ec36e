// The import contract's canonical fields per report kind, with the Chinese and English labels and the
// synonyms platforms' staff actually write in their headers. Header matching is by normalised label.
import type { ReportKind } from '../domain/records'

export interface FieldDef {
  key: string
  labelZh: string
  labelEn: string
  /** further header spellings that mean this field */
  synonyms: string[]
}

const f = (key: string, labelZh: string, labelEn: string, synonyms: string[] = []): FieldDef => ({ key, labelZh, labelEn, synonyms })

const ACCOUNT_ID = f('platform_account_id', '账号ID', 'Account ID', [
  '账号id', '账号编号', '账户ID', '用户ID', '用户id', 'UID', 'uid', '用户编号', '账号', '帐号ID', '帐号', '平台账号ID', 'account_id', 'user_id', 'userid',
])
const ACCOUNT_NAME = f('account_name', '账号名称', 'Account name', ['昵称', '用户昵称', '账号昵称', '用户名', '名称', '帐号名称', 'nickname', 'name', 'account'])

export const FIELDS: Record<ReportKind, FieldDef[]> = {
  accounts: [
    ACCOUNT_ID,
    ACCOUNT_NAME,
    f('holder_type', '主体类型', 'Holder type', ['主体性质', '账号主体类型', '注册主体类型', '用户类型', '个人/企业', 'holder', 'entity_type']),
    f('holder_key', '主体标识', 'Holder key', ['实名标识', '实名信息', '实名认证标识', '身份证号哈希', '证件号哈希', '主体证件号', '统一社会信用代码', '主体编号', 'real_name_hash', 'holder_id']),
    f('mcn', '所属MCN机构', 'MCN', ['MCN机构', 'MCN', '签约MCN', '所属机构', '签约机构', 'mcn_name', 'agency']),
    f('followers', '粉丝数', 'Followers', ['粉丝量', '粉丝数量', '关注者数', '粉丝', 'follower_count', 'fans']),
    f('field', '所属领域', 'Field', ['内容领域', '领域', '账号领域', '领域标签', '垂类', 'category', 'domain']),
    f('credential_status', '资质认证状态', 'Credential status', ['认证状态', '资质状态', '资质认证', '是否认证', 'verification_status', 'credential']),
    f('credential_expiry', '资质有效期至', 'Credential expiry', ['认证到期日', '资质到期日', '认证有效期', '资质有效期', '有效期至', 'credential_expires', 'expiry']),
    f('earnings_enabled', '营利权限', 'Earnings enabled', ['是否开通收益', '收益权限', '是否开通营利权限', '营利权限状态', '商业化权限', '是否可营利', 'monetization', 'earnings']),
    f('entity_changed_on', '主体变更日期', 'Entity changed on', ['主体变更时间', '变更日期', '主体变更', 'entity_change_date']),
    f('account_status', '账号状态', 'Account status', ['状态', '账户状态', '帐号状态', 'status']),
    f('registered_on', '注册日期', 'Registered on', ['注册时间', '开户日期', '创建时间', 'registration_date', 'created_at']),
    f('snapshot_date', '数据日期', 'Snapshot date', ['统计日期', '数据截止日期', '截止日期', '快照日期', 'as_of', 'data_date']),
  ],
  dispositions: [
    f('disposition_id', '处置编号', 'Disposition ID', ['处置ID', '处置单号', '工单号', '处罚编号', '记录编号', '序列号', 'case_id', 'record_id']),
    ACCOUNT_ID,
    ACCOUNT_NAME,
    f('violation_type', '违规类型', 'Violation type', ['违规行为', '违规情形', '违规原因', '处置原因', '处罚原因', '问题类型', 'violation']),
    f('violation_date', '违规日期', 'Violation date', ['违规时间', '发现日期', '发现时间', '违规发生日期', 'violation_time']),
    f('measure', '处置措施', 'Measure', ['处罚措施', '处置方式', '处理措施', '处置结果', '处罚方式', '处理结果', 'action', 'penalty']),
    f('measure_start', '开始日期', 'Start date', ['处置日期', '处置时间', '处置开始日期', '生效日期', '执行日期', '处罚日期', 'start', 'start_date']),
    f('measure_days', '期限（天）', 'Length (days)', ['期限', '处置期限', '时长', '处置时长', '天数', '期限(天)', '处罚期限', 'duration', 'days']),
    f('measure_end', '结束日期', 'End date', ['处置结束日期', '截止时间', '到期日期', '解除日期', 'end', 'end_date']),
    f('followers_removed', '清理粉丝数', 'Followers removed', ['清理违规粉丝数', '清除粉丝数', '清粉数量', 'removed_followers']),
    f('reported_to_cac', '是否上报网信部门', 'Reported to CAC', ['上报网信部门', '是否上报', '已上报网信', '上报情况', 'reported']),
    f('summary', '情况说明', 'Summary', ['备注', '说明', '处置说明', '违规内容摘要', '违规情况', 'note', 'remark', 'description']),
    f('content_url', '内容链接', 'Content URL', ['链接', '违规内容链接', '内容地址', 'URL', 'url', 'link']),
  ],
  earnings: [
    ACCOUNT_ID,
    ACCOUNT_NAME,
    f('action', '变更类型', 'Action', ['操作类型', '变更操作', '营利权限变更', '权限变更类型', '变更事项', 'change', 'change_type']),
    f('effective_date', '生效日期', 'Effective date', ['变更日期', '生效时间', '执行日期', '操作日期', 'effective', 'date']),
    f('end_date', '结束日期', 'End date', ['截止日期', '恢复日期', '到期日期', 'until']),
    f('reason', '原因', 'Reason', ['变更原因', '说明', '备注', '理由', 'note', 'remark']),
  ],
}

/** Fields a row cannot do without, per kind (DESIGN "Import contract"; the import issue's rejections). */
export const REQUIRED: Record<ReportKind, string[]> = {
  accounts: ['platform_account_id', 'holder_type'],
  dispositions: ['platform_account_id', 'violation_type', 'violation_date', 'measure'],
  earnings: ['platform_account_id', 'action', 'effective_date'],
}

/** Normalises a header or label for matching: no spaces, brackets or punctuation, full-width folded,
 * Latin lower-cased (`期限（天）` ≡ `期限(天)` ≡ `期限 天`). */
export function normaliseLabel(label: string): string {
  return label
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-–—·:：()（）[\]【】<>《》"'“”‘’*＊#.,，、/\\|]/g, '')
}

/** Every label of every field of a kind, normalised, pointing at the field key. */
export function labelIndex(kind: ReportKind): Map<string, string> {
  const index = new Map<string, string>()
  for (const def of FIELDS[kind]) {
    for (const label of [def.key, def.labelZh, def.labelEn, ...def.synonyms]) {
      const n = normaliseLabel(label)
      if (!index.has(n)) index.set(n, def.key)
    }
  }
  return index
}

export function fieldDef(kind: ReportKind, key: string): FieldDef | undefined {
  return FIELDS[kind].find((d) => d.key === key)
}
