// Rules on earnings authority (articles 8 and 9): a silencing must come with a concurrent suspension of
// earnings for 2–3 times as long (N9.1); earnings may not be granted within three months of a violation
// (N8.1) or of a change of the account's holder (N8.2). Dispositions and earnings changes come from
// different files of the platform; these rules read both.
import type { Message } from '../i18n'
import { addMonths, dayNumber } from '../util/dates'
import { A, M, NO_DAY, iso, month } from './codes'
import type { PlatformData } from './dataset'
import { finding, type PlatformRule } from './types'

/** A measure's length in days: stated, or from its start to its (inclusive) end; NaN when unknown. */
export function measureLength(data: PlatformData, r: number): number {
  const days = data.d.days[r] ?? NaN
  if (Number.isFinite(days)) return days
  const start = data.d.startDay[r] ?? NO_DAY
  const end = data.d.endDay[r] ?? NO_DAY
  return start !== NO_DAY && end !== NO_DAY ? end - start + 1 : NaN
}

/** A measure's start: stated, or else the violation's date. */
export function measureStart(data: PlatformData, r: number): number {
  const start = data.d.startDay[r] ?? NO_DAY
  return start !== NO_DAY ? start : (data.d.violationDay[r] ?? NO_DAY)
}

interface Restriction {
  start: number
  /** NaN when no length was reported */
  days: number
  cancel: boolean
  /** the row, in dispositions (`fromEarnings` false) or in earnings changes */
  row: number
  fromEarnings: boolean
}

/** An account's earnings suspensions and cancellations, from its dispositions and its earnings changes. */
function restrictions(data: PlatformData, a: number): Restriction[] {
  const out: Restriction[] = []
  const { dispositions: ds, earnings: es } = data
  for (let k = ds.first(a); k < ds.last(a); k++) {
    const r = ds.byAccount[k] ?? 0
    const m = data.d.measure[r]
    if (m === M.suspension || m === M.cancellation) out.push({ start: measureStart(data, r), days: measureLength(data, r), cancel: m === M.cancellation, row: r, fromEarnings: false })
  }
  for (let k = es.first(a); k < es.last(a); k++) {
    const r = es.byAccount[k] ?? 0
    const act = data.e.action[r]
    if (act !== A.suspend && act !== A.cancel) continue
    const start = data.e.effectiveDay[r] ?? NO_DAY
    const end = data.e.endDay[r] ?? NO_DAY
    out.push({ start, days: end !== NO_DAY && start !== NO_DAY ? end - start + 1 : NaN, cancel: act === A.cancel, row: r, fromEarnings: true })
  }
  return out
}

const refOf = (data: PlatformData, s: Restriction) => (s.fromEarnings ? data.earnings.ref(s.row) : data.dispositions.ref(s.row))

export const earningsSuspension: PlatformRule = (data, { params }, emit) => {
  const { min, max } = params.earningsSuspensionMultiple
  const tolerance = params.concurrencyToleranceDays
  for (let r = 0; r < data.dispositions.length; r++) {
    if (data.d.measure[r] !== M.silencing || data.d.permanent[r] === 1) continue
    const days = measureLength(data, r)
    const start = measureStart(data, r)
    if (!Number.isFinite(days) || days <= 0 || start === NO_DAY) continue
    const a = data.dispositions.account[r] ?? 0
    const restricted = restrictions(data, a)
    const concurrent = restricted.filter((s) => Math.abs(s.start - start) <= tolerance)
    if (concurrent.some((s) => s.cancel)) continue
    if (concurrent.some((s) => s.days >= min * days && s.days <= max * days)) continue
    const base = { days, start: iso(start), min: min * days, max: max * days }
    let key: string
    let params2: Record<string, string | number>
    let severity: 'high' | 'medium' | 'low'
    let evidence = [data.dispositions.ref(r)]
    const known = concurrent.filter((s) => Number.isFinite(s.days))
    if (concurrent.length > 0 && known.length === 0) {
      key = 'suspensionUnknown'
      params2 = base
      severity = 'low'
      evidence = [...evidence, ...concurrent.map((s) => refOf(data, s))]
    } else if (known.length > 0) {
      // the concurrent suspension closest to the due range speaks for the platform
      const distance = (s: Restriction) => (s.days < min * days ? min * days - s.days : s.days - max * days)
      const best = known.reduce((x, y) => (distance(y) < distance(x) ? y : x))
      key = best.days < min * days ? 'suspensionShort' : 'suspensionLong'
      params2 = { ...base, suspended: best.days }
      severity = best.days < min * days ? 'medium' : 'low'
      evidence = [...evidence, refOf(data, best)]
    } else if (restricted.length > 0) {
      const nearest = restricted.reduce((x, y) => (Math.abs(y.start - start) < Math.abs(x.start - start) ? y : x))
      key = 'suspensionLate'
      params2 = { ...base, suspendedFrom: iso(nearest.start), gap: Math.abs(nearest.start - start) }
      severity = 'medium'
      evidence = [...evidence, refOf(data, nearest)]
    } else {
      key = 'suspensionMissing'
      params2 = base
      severity = 'high'
    }
    const accountId = data.accountIds[a] ?? ''
    emit(
      finding('N9.earnings-suspension', data.platformId, `${accountId}\u0001${data.dispositions.text(r, 'dispositionId')}`, {
        accountId,
        holderKey: data.holderKey(a) || null,
        severity,
        message: { key: `rules.explain.${key}` as 'rules.explain.suspensionMissing', params: params2 },
        evidence,
        period: month(start),
      }),
    )
  }
}

const laterCache = new Map<number, number>()

/** The day `months` calendar months after `day`: the first day outside the window that starts on `day`. */
function monthsLater(day: number, months: number): number {
  const key = day * 100 + months
  let later = laterCache.get(key)
  if (later === undefined) {
    later = dayNumber(addMonths(iso(day), months))
    laterCache.set(key, later)
  }
  return later
}

/**
 * Article 8's two rules share their shape: for each earnings grant, the event (a violation, a change of
 * holder) that puts it inside a window of `months`. `find` returns the row of that event, or -1.
 */
function grantsWithin(
  rule: 'N8.clean-record' | 'N8.entity-change',
  find: (data: PlatformData, a: number, granted: number) => number,
  explain: (data: PlatformData, granted: number, hit: number) => Message,
  evidenceOf: (data: PlatformData, hit: number) => string,
): PlatformRule {
  return (data, _ctx, emit) => {
    for (let g = 0; g < data.earnings.length; g++) {
      if (data.e.action[g] !== A.grant) continue
      const granted = data.e.effectiveDay[g] ?? NO_DAY
      if (granted === NO_DAY) continue
      const a = data.earnings.account[g] ?? 0
      const hit = find(data, a, granted)
      if (hit < 0) continue
      const accountId = data.accountIds[a] ?? ''
      emit(
        finding(rule, data.platformId, `${accountId}\u0001${iso(granted)}`, {
          accountId,
          holderKey: data.holderKey(a) || null,
          severity: 'high',
          message: explain(data, granted, hit),
          evidence: [data.earnings.ref(g), evidenceOf(data, hit)],
          period: month(granted),
        }),
      )
    }
  }
}

export const cleanRecord: PlatformRule = (data, ctx, emit) => {
  const months = ctx.params.cleanRecordMonths
  grantsWithin(
    'N8.clean-record',
    // the latest violation on or before the grant whose window still covers it
    (d, a, granted) => {
      let hit = -1
      for (let k = d.dispositions.first(a); k < d.dispositions.last(a); k++) {
        const r = d.dispositions.byAccount[k] ?? 0
        const v = d.d.violationDay[r] ?? NO_DAY
        if (v === NO_DAY || v > granted || granted >= monthsLater(v, months)) continue
        if (hit < 0 || v > (d.d.violationDay[hit] ?? NO_DAY)) hit = r
      }
      return hit
    },
    (d, granted, hit) => ({ key: 'rules.explain.grantAfterViolation', params: { granted: iso(granted), violated: iso(d.d.violationDay[hit]), months } }),
    (d, hit) => d.dispositions.ref(hit),
  )(data, ctx, emit)
}

export const entityChange: PlatformRule = (data, ctx, emit) => {
  const months = ctx.params.entityChangeSuspensionMonths
  grantsWithin(
    'N8.entity-change',
    (d, a, granted) => {
      for (let k = d.snapshots.first(a); k < d.snapshots.last(a); k++) {
        const r = d.snapshots.byAccount[k] ?? 0
        const c = d.a.entityChanged[r] ?? NO_DAY
        if (c !== NO_DAY && c <= granted && granted < monthsLater(c, months)) return r
      }
      return -1
    },
    (d, granted, hit) => ({ key: 'rules.explain.grantAfterEntityChange', params: { granted: iso(granted), changed: iso(d.a.entityChanged[hit]), months } }),
    (d, hit) => d.snapshots.ref(hit),
  )(data, ctx, emit)
}
