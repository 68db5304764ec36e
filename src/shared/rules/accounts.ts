// Rules on accounts (articles 2 and 7): regulated-field accounts publishing without a valid credential
// (N2.3); more live accounts per holder than allowed (N7.1); a closed account's holder registering again
// (N7.4). Read from each account's latest snapshot, with dispositions for closures and field suspensions.
import { CLOSED_STATUSES, CREDENTIAL, ENTERPRISE, M, NO_DAY, iso, month } from './codes'
import type { PlatformData } from './dataset'
import { measureLength, measureStart } from './earnings'
import { finding, type PlatformRule } from './types'

/** Whether a field suspension (暂停领域发布) was in force on `day`: then the account was not publishing in
 * its field, which is what article 2 asks of the platform. */
function fieldSuspended(data: PlatformData, a: number, day: number): boolean {
  const ds = data.dispositions
  for (let k = ds.first(a); k < ds.last(a); k++) {
    const r = ds.byAccount[k] ?? 0
    if (data.d.measure[r] !== M.fieldSuspension) continue
    const start = measureStart(data, r)
    if (start === NO_DAY || start > day) continue
    const days = measureLength(data, r)
    if (data.d.permanent[r] === 1 || !Number.isFinite(days) || start + days - 1 >= day) return true
  }
  return false
}

export const credential: PlatformRule = (data, { params }, emit) => {
  const regulated = new Set(params.regulatedFields)
  for (let a = 0; a < data.accountCount; a++) {
    const r = data.latest[a] ?? -1
    if (r < 0) continue
    const field = data.field(a)
    if (!regulated.has(field) || CLOSED_STATUSES.has(data.a.status[r] ?? -1)) continue
    const snapshot = data.a.snapshotDay[r] ?? NO_DAY
    const status = data.a.credential[r] ?? -1
    const expiry = data.a.credentialExpiry[r] ?? NO_DAY
    const expired = status === CREDENTIAL.expired || (status === CREDENTIAL.verified && expiry !== NO_DAY && snapshot !== NO_DAY && expiry < snapshot)
    // no credential status at all is no credential: the platform reported none for a regulated field
    const missing = status === CREDENTIAL.unverified || (status === -1 && expiry === NO_DAY)
    if (!expired && !missing) continue
    if (snapshot !== NO_DAY && fieldSuspended(data, a, snapshot)) continue
    const accountId = data.accountIds[a] ?? ''
    emit(
      finding('N2.credential', data.platformId, accountId, {
        accountId,
        holderKey: data.holderKey(a) || null,
        severity: 'high',
        message: expired
          ? { key: 'rules.explain.credentialExpired', params: { field, expiry: expiry === NO_DAY ? '—' : iso(expiry), snapshot: iso(snapshot) } }
          : { key: 'rules.explain.credentialMissing', params: { field, snapshot: iso(snapshot) } },
        evidence: [data.snapshots.ref(r)],
        period: month(snapshot),
      }),
    )
  }
}

export const accountsPerHolder: PlatformRule = (data, { params }, emit) => {
  for (const [holder, accounts] of data.holders()) {
    const live = accounts.filter((a) => !CLOSED_STATUSES.has(data.a.status[data.latest[a] ?? -1] ?? -1))
    if (live.length < 2) continue
    const enterprise = live.some((a) => data.a.holderType[data.latest[a] ?? -1] === ENTERPRISE)
    const allowed = enterprise ? params.accountsPerEnterprise : params.accountsPerPerson
    if (live.length <= allowed) continue
    const refs = live.map((a) => data.latest[a] ?? -1)
    const lastDay = Math.max(...refs.map((r) => data.a.snapshotDay[r] ?? NO_DAY))
    emit(
      finding('N7.accounts-per-holder', data.platformId, holder, {
        accountId: null,
        holderKey: holder,
        severity: 'medium',
        message: { key: enterprise ? 'rules.explain.tooManyEnterprise' : 'rules.explain.tooManyPerson', params: { count: live.length, allowed } },
        evidence: refs.map((r) => data.snapshots.ref(r)),
        period: month(lastDay),
      }),
    )
  }
}

/** When an account was closed, as far as the data shows: its first closure disposition, else the first
 * snapshot that shows it closed; NO_DAY when it never was. Also the record that shows it. */
function closedOn(data: PlatformData, a: number): { day: number; ref: string } | null {
  let best: { day: number; ref: string } | null = null
  const ds = data.dispositions
  for (let k = ds.first(a); k < ds.last(a); k++) {
    const r = ds.byAccount[k] ?? 0
    if (data.d.measure[r] !== M.closure) continue
    const day = measureStart(data, r)
    if (day !== NO_DAY && (!best || day < best.day)) best = { day, ref: data.dispositions.ref(r) }
  }
  for (const r of data.snapshots.of(a)) {
    if (!CLOSED_STATUSES.has(data.a.status[r] ?? -1)) continue
    const day = data.a.snapshotDay[r] ?? NO_DAY
    if (day !== NO_DAY && (!best || day < best.day)) best = { day, ref: data.snapshots.ref(r) }
  }
  return best
}

export const reregistration: PlatformRule = (data, _ctx, emit) => {
  for (const [holder, accounts] of data.holders()) {
    if (accounts.length < 2) continue
    const closures = accounts.map((a) => ({ a, closed: closedOn(data, a) })).filter((c) => c.closed !== null)
    if (closures.length === 0) continue
    for (const b of accounts) {
      const r = data.latest[b] ?? -1
      const registered = data.a.registered[r] ?? NO_DAY
      if (registered === NO_DAY) continue
      const earlier = closures.find((c) => c.a !== b && c.closed !== null && registered >= c.closed.day)
      if (!earlier?.closed) continue
      const accountId = data.accountIds[b] ?? ''
      emit(
        finding('N7.reregistration', data.platformId, accountId, {
          accountId,
          holderKey: holder,
          severity: 'high',
          message: { key: 'rules.explain.reregistered', params: { registered: iso(registered), closedAccount: data.accountIds[earlier.a] ?? '', closed: iso(earlier.closed.day) } },
          evidence: [data.snapshots.ref(r), earlier.closed.ref],
          period: month(registered),
        }),
      )
    }
  }
}
