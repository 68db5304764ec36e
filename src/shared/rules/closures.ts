// Article 12: accounts closed for creating rumours, riding on hot events or matrix publishing must also be
// blacklisted and reported to the internet information office (N12.2).
import { VIOLATION_TYPES } from '../domain/records'
import { M, iso, month } from './codes'
import type { PlatformData } from './dataset'
import { measureStart } from './earnings'
import { finding, type PlatformRule } from './types'

export const closureBlacklist: PlatformRule = (data: PlatformData, { params }, emit) => {
  const closing = new Set(params.closureViolations.map((v) => VIOLATION_TYPES.indexOf(v as (typeof VIOLATION_TYPES)[number])))
  for (let r = 0; r < data.dispositions.length; r++) {
    if (data.d.measure[r] !== M.closure || !closing.has(data.d.violationType[r] ?? -1)) continue
    const a = data.dispositions.account[r] ?? 0
    const blacklistings = Array.from(data.dispositions.of(a)).filter((b) => data.d.measure[b] === M.blacklist)
    const blacklistReported = blacklistings.some((b) => data.d.reportedToCac[b] === 1)
    const blacklisted = blacklistings.length > 0
    const reported = data.d.reportedToCac[r] === 1 || blacklistReported
    if (blacklisted && reported) continue
    const key = !blacklisted && !reported ? 'closureNeither' : !blacklisted ? 'closureNotBlacklisted' : 'closureNotReported'
    const day = measureStart(data, r)
    const accountId = data.accountIds[a] ?? ''
    emit(
      finding('N12.closure-blacklist', data.platformId, `${accountId}\u0001${data.dispositions.text(r, 'dispositionId')}`, {
        accountId,
        holderKey: data.holderKey(a) || null,
        severity: blacklisted ? 'medium' : 'high',
        message: { key: `rules.explain.${key}`, params: { violation: VIOLATION_TYPES[data.d.violationType[r] ?? 0] ?? 'other', date: iso(day) } },
        evidence: [data.dispositions.ref(r), ...blacklistings.map((b) => data.dispositions.ref(b))],
        period: month(day),
      }),
    )
  }
}
