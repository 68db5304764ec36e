// The bulk report data: account snapshots 自媒体账号, dispositions 处置记录 and earnings changes
// 营利权限变更, as normalised rows. Dates are ISO strings (YYYY-MM-DD) here; the store packs them.

export const REPORT_KINDS = ['accounts', 'dispositions', 'earnings'] as const
export type ReportKind = (typeof REPORT_KINDS)[number]

export const HOLDER_TYPES = ['person', 'enterprise'] as const
/** 个人 person · 企业 enterprise */
export type HolderType = (typeof HOLDER_TYPES)[number]

export const CREDENTIAL_STATUSES = ['verified', 'unverified', 'expired'] as const
/** 已认证 · 未认证 · 已过期 */
export type CredentialStatus = (typeof CREDENTIAL_STATUSES)[number]

export const ACCOUNT_STATUSES = ['normal', 'silenced', 'restricted', 'closed', 'blacklisted', 'cancelled'] as const
/** 正常 · 禁言 · 限制 · 关闭 · 黑名单 · 注销 */
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number]

/** Fields an account can be labelled with; the first four are the notice's regulated fields. */
export const ACCOUNT_FIELDS = ['金融', '教育', '医疗卫生', '司法', '时政', '社会', '娱乐', '科技', '财经', '生活', '其他'] as const

export const VIOLATION_TYPES = [
  'rumour',
  'impersonation',
  'noSource',
  'fictionUnlabelled',
  'distortion',
  'hotTopicHype',
  'negativeCompilation',
  'oldNewsRehash',
  'disasterExploitation',
  'followInducement',
  'matrixPublishing',
  'vulgarPersona',
  'unaccreditedProfessional',
  'maliciousMarketing',
  'other',
] as const
/** 违规类型: 造谣传谣, 假冒仿冒, 未标注信息来源, 虚构演绎未标注, 歪曲事实, 蹭炒社会热点, 集纳负面信息, 翻炒旧闻,
 * 消费灾难事故, 诱导关注, 矩阵发布, 违背公序良俗人设, 未认证发布专业领域信息, 恶意营销, 其他 */
export type ViolationType = (typeof VIOLATION_TYPES)[number]

export const MEASURES = [
  'warning',
  'contentRemoval',
  'labelling',
  'trafficLimit',
  'interactionRemoval',
  'silencing',
  'earningsSuspension',
  'earningsCancellation',
  'followerCleanup',
  'followerFreeze',
  'followerWipe',
  'fieldSuspension',
  'closure',
  'blacklist',
] as const
/** 处置措施: 警告, 删除内容, 加注标签, 限流, 取消互动功能, 禁言, 暂停营利权限, 取消营利权限, 清理违规粉丝,
 * 禁止新增粉丝, 清空粉丝, 暂停领域发布, 关闭账号, 纳入黑名单 */
export type Measure = (typeof MEASURES)[number]

export const EARNINGS_ACTIONS = ['grant', 'suspend', 'cancel', 'restore'] as const
/** 开通 grant · 暂停 suspend · 取消 cancel · 恢复 restore */
export type EarningsAction = (typeof EARNINGS_ACTIONS)[number]

/** Where a stored row came from: its report and its row number in the file (1-based, header counted). */
export interface Provenance {
  reportId: string
  row: number
}

/** AccountSnapshot 自媒体账号 — one account as one account report saw it. */
export interface AccountSnapshot {
  platformId: string
  accountId: string
  accountName: string
  holderType: HolderType
  /** hashed real-name id (个人) or credit code (企业) */
  holderKey: string
  mcn: string
  followers: number | null
  field: string
  credentialStatus: CredentialStatus | null
  credentialExpiry: string | null
  earningsEnabled: boolean | null
  entityChangedOn: string | null
  status: AccountStatus | null
  registeredOn: string | null
  snapshotDate: string | null
}

/** Disposition 处置记录 — one measure a platform took against one account. */
export interface Disposition {
  platformId: string
  /** the platform's own disposition id; with the platform, the natural key */
  dispositionId: string
  accountId: string
  accountName: string
  violationType: ViolationType
  violationDate: string
  measure: Measure
  measureStart: string | null
  /** length in days; null when permanent or unknown */
  measureDays: number | null
  measureEnd: string | null
  permanent: boolean
  followersRemoved: number | null
  reportedToCac: boolean | null
  summary: string
  contentUrl: string
}

/** EarningsChange 营利权限变更 */
export interface EarningsChange {
  platformId: string
  accountId: string
  accountName: string
  action: EarningsAction
  effectiveDate: string
  endDate: string | null
  reason: string
}

export interface RowsByKind {
  accounts: AccountSnapshot
  dispositions: Disposition
  earnings: EarningsChange
}
