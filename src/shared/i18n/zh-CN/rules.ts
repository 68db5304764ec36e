// Chinese: rule names (nested by the rule id's parts, so `rules.name.${ruleId}` resolves) and the
// one-sentence explanations of rule findings. Dates are YYYY-MM-DD; lengths in days.
export const rules = {
  name: {
    N9: {
      'earnings-suspension': '禁言未同步暂停营利权限',
    },
    N12: {
      'closure-blacklist': '关闭账号未纳入黑名单或未上报',
    },
    N8: {
      'clean-record': '违规后三个月内开通营利权限',
      'entity-change': '主体变更后三个月内开通营利权限',
    },
    N2: {
      'credential': '专业领域账号资质缺失或过期',
    },
    N7: {
      'accounts-per-holder': '超出“一人一号、一企两号”',
      'reregistration': '被关闭账号主体重新注册',
    },
    N10: {
      'followers-while-silenced': '禁言期间粉丝增长',
      'hype-freeze': '频繁蹭炒热点未禁止新增粉丝',
    },
    N11: {
      'mcn': 'MCN机构多个签约账号被处置',
    },
    X: {
      'cross-platform': '同一主体跨平台被处置（矩阵）',
    },
    Q: {
      'period-overlap': '报送期间与此前报送重叠',
      'future-date': '日期晚于报送收到日期',
      'unknown-account': '处置记录的账号不在账号报送中',
      'end-before-start': '结束日期早于开始日期',
    },
  },
  explain: {
    suspensionMissing: '禁言{{days}}天（{{start}}起），未见同步暂停或取消营利权限，应暂停{{min}}–{{max}}天',
    suspensionShort: '禁言{{days}}天（{{start}}起），暂停营利权限仅{{suspended}}天，应为{{min}}–{{max}}天',
    suspensionLong: '禁言{{days}}天（{{start}}起），暂停营利权限{{suspended}}天，超过应有的{{min}}–{{max}}天',
    suspensionLate: '禁言{{days}}天（{{start}}起），暂停营利权限于{{suspendedFrom}}开始，相差{{gap}}天，未同步执行',
    suspensionUnknown: '禁言{{days}}天（{{start}}起），同步暂停了营利权限但未报送期限，无法核对是否为{{min}}–{{max}}天',
    closureNotBlacklisted: '因“$t(domain.violation.{{violation}})”于{{date}}关闭账号，未纳入平台黑名单',
    closureNotReported: '因“$t(domain.violation.{{violation}})”于{{date}}关闭账号，关闭和纳入黑名单均未上报网信部门',
    closureNeither: '因“$t(domain.violation.{{violation}})”于{{date}}关闭账号，既未纳入黑名单，也未上报网信部门',
    grantAfterViolation: '{{granted}}开通营利权限，距{{violated}}的违规不足{{months}}个月',
    grantAfterEntityChange: '{{granted}}开通营利权限，距{{changed}}主体变更不足{{months}}个月',
    credentialMissing: '“{{field}}”领域账号未认证资质，截至{{snapshot}}仍在正常发布',
    credentialExpired: '“{{field}}”领域账号资质已于{{expiry}}过期，截至{{snapshot}}仍在正常发布',
    tooManyPerson: '同一个人主体在本平台有{{count}}个未关闭账号，超过{{allowed}}个的上限',
    tooManyEnterprise: '同一企业主体在本平台有{{count}}个未关闭账号，超过{{allowed}}个的上限',
    reregistered: '{{registered}}注册，而同一主体的账号{{closedAccount}}已于{{closed}}被关闭',
    followersWhileSilenced: '禁言期间（{{start}}至{{end}}）粉丝由{{from}}增至{{to}}',
    hypeNoFreeze: '{{windowDays}}天内因蹭炒社会热点被处置{{count}}次（{{first}}至{{last}}），未禁止新增粉丝',
    mcnDisposed: 'MCN机构“{{mcn}}”有{{count}}个签约账号在{{start}}至{{end}}报送期内被处置',
    crossPlatform: '同一主体在{{platforms}}被处置，违规日期相隔{{gap}}天（{{first}}、{{second}}）',
    periodOverlap: '报送期间{{start}}至{{end}}与此前报送“{{other}}”（{{otherStart}}至{{otherEnd}}）重叠',
    futureDate: '有{{count}}条记录的日期晚于报送收到日期{{received}}（最晚{{latest}}）',
    unknownAccount: '有{{count}}条处置记录的账号不在本平台最近一期账号报送中（如{{example}}）',
    endBeforeStart: '有{{count}}条处置记录的结束日期早于开始日期（如第{{row}}行）',
  },
}
