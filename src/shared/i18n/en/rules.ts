// English: rule names and the one-sentence explanations of rule findings.
import type { Translation } from '../types'
import type { rules as zh } from '../zh-CN/rules'

export const rules: Translation<typeof zh> = {
  name: {
    N9: {
      'earnings-suspension': 'Silencing without a concurrent earnings suspension',
    },
    N12: {
      'closure-blacklist': 'Closure not blacklisted or not reported',
    },
    N8: {
      'clean-record': 'Earnings granted within three months of a violation',
      'entity-change': 'Earnings granted within three months of a holder change',
    },
    N2: {
      'credential': 'Regulated-field account without a valid credential',
    },
    N7: {
      'accounts-per-holder': 'More accounts than one per person, two per enterprise',
      'reregistration': 'Closed account holder registered again',
    },
    N10: {
      'followers-while-silenced': 'Followers gained while silenced',
      'hype-freeze': 'Repeated hype without a follower freeze',
    },
    N11: {
      'mcn': 'MCN with several disposed signed accounts',
    },
    X: {
      'cross-platform': 'Same holder disposed of on several platforms (matrix)',
    },
    Q: {
      'period-overlap': 'Report period overlaps an earlier report',
      'future-date': 'Dates after the report was received',
      'unknown-account': 'Dispositions for accounts missing from the account report',
      'end-before-start': 'End date before start date',
    },
  },
  explain: {
    suspensionMissing: 'Silenced {{days}} days (from {{start}}) with no concurrent earnings suspension or cancellation; {{min}}–{{max}} days were due',
    suspensionShort: 'Silenced {{days}} days (from {{start}}), earnings suspended only {{suspended}} days; {{min}}–{{max}} were due',
    suspensionLong: 'Silenced {{days}} days (from {{start}}), earnings suspended {{suspended}} days, more than the {{min}}–{{max}} due',
    suspensionLate: 'Silenced {{days}} days (from {{start}}), earnings suspension began {{suspendedFrom}}, {{gap}} days apart: not concurrent',
    suspensionUnknown: 'Silenced {{days}} days (from {{start}}), earnings suspended with no length reported; {{min}}–{{max}} cannot be checked',
    closureNotBlacklisted: 'Closed on {{date}} for $t(domain.violation.{{violation}}) but not blacklisted',
    closureNotReported: 'Closed on {{date}} for $t(domain.violation.{{violation}}); neither closure nor blacklisting reported to the office',
    closureNeither: 'Closed on {{date}} for $t(domain.violation.{{violation}}); not blacklisted and not reported to the office',
    grantAfterViolation: 'Earnings granted {{granted}}, less than {{months}} months after a violation on {{violated}}',
    grantAfterEntityChange: 'Earnings granted {{granted}}, less than {{months}} months after the holder changed on {{changed}}',
    credentialMissing: 'Account labelled {{field}} has no credential and was still active on {{snapshot}}',
    credentialExpired: 'Account labelled {{field}}: credential expired {{expiry}}, still active on {{snapshot}}',
    tooManyPerson: 'One person holds {{count}} live accounts on this platform; at most {{allowed}} allowed',
    tooManyEnterprise: 'One enterprise holds {{count}} live accounts on this platform; at most {{allowed}} allowed',
    reregistered: 'Registered {{registered}} though the same holder\'s account {{closedAccount}} was closed {{closed}}',
    followersWhileSilenced: 'Followers rose from {{from}} to {{to}} while silenced ({{start}} to {{end}})',
    hypeNoFreeze: 'Disposed of {{count}} times for riding on hot events within {{windowDays}} days ({{first}} to {{last}}); new followers not barred',
    mcnDisposed: 'MCN {{mcn}} had {{count}} signed accounts disposed of in the report period {{start}} to {{end}}',
    crossPlatform: 'The same holder was disposed of on {{platforms}}, violations {{gap}} days apart ({{first}}, {{second}})',
    periodOverlap: 'Period {{start}} to {{end}} overlaps the earlier report {{other}} ({{otherStart}} to {{otherEnd}})',
    futureDate: '{{count}} records are dated after the report was received on {{received}} (latest {{latest}})',
    unknownAccount: '{{count}} dispositions name accounts missing from the latest account report (e.g. {{example}})',
    endBeforeStart: '{{count}} dispositions end before they start (e.g. row {{row}})',
  },
}
