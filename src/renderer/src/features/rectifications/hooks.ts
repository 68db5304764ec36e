// Live reads for rectification: every order (an office issues hundreds a year, not millions, so the list,
// the overdue count and the finding → order lookup read them all), one order, its report files, and
// "today", which moves on at local midnight so that an order turns overdue without a reload.
import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useMemo, useState } from 'react'
import type { Rectification } from '@shared/domain/findings'
import { isOverdue } from '@shared/rectifications/deadline'
import { todayIso } from '@shared/util/dates'
import { useDesk } from '@renderer/app/desk'
import type { Attachment } from '@renderer/db/database'

export function useRectifications(): Rectification[] | undefined {
  const { db } = useDesk()
  return useLiveQuery(() => db.rectifications.toArray(), [db])
}

export function useRectification(id: string | undefined): Rectification | null | undefined {
  const { db } = useDesk()
  return useLiveQuery(async () => (id === undefined ? null : ((await db.rectifications.get(id)) ?? null)), [db, id])
}

/** The user's calendar date, updated just after local midnight. */
export function useToday(): string {
  const [today, setToday] = useState(() => todayIso())
  useEffect(() => {
    const now = new Date()
    const midnight = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 0, 1)
    const timer = window.setTimeout(() => setToday(todayIso()), midnight.getTime() - now.getTime())
    return () => window.clearTimeout(timer)
  }, [today])
  return today
}

/** How many orders are past their deadline and not closed (undefined while loading). */
export function useOverdueCount(): number | undefined {
  const { db } = useDesk()
  const today = useToday()
  return useLiveQuery(async () => (await db.rectifications.where('status').notEqual('closed').toArray()).filter((r) => isOverdue(r, today)).length, [db, today])
}

/** The order each finding is in (a finding is in at most one: only open and confirmed ones can be ordered). */
export function useOrdersByFinding(): ReadonlyMap<string, Rectification> | undefined {
  const orders = useRectifications()
  return useMemo(() => {
    if (!orders) return undefined
    const map = new Map<string, Rectification>()
    for (const order of orders) for (const id of order.findingIds) map.set(id, order)
    return map
  }, [orders])
}

/** The order a finding is in, or null. */
export function useOrderOfFinding(findingId: string): Rectification | null | undefined {
  const { db } = useDesk()
  return useLiveQuery(async () => (await db.rectifications.filter((r) => r.findingIds.includes(findingId)).first()) ?? null, [db, findingId])
}

/** The files of an order's reports. */
export function useReportFiles(order: Rectification | null | undefined): Attachment[] | undefined {
  const { db } = useDesk()
  const ids = useMemo(() => (order ? order.steps.flatMap((s) => (s.kind === 'report' ? s.attachmentIds : [])) : []), [order])
  const key = ids.join(',')
  return useLiveQuery(async () => (key === '' ? [] : (await db.attachments.bulkGet(key.split(','))).filter((a): a is Attachment => a !== undefined)), [db, key])
}

/** The findings under an overdue order (for marking them wherever findings are listed). */
export function useOverdueFindingIds(): ReadonlySet<string> {
  const orders = useRectifications()
  const today = useToday()
  return useMemo(() => new Set((orders ?? []).filter((o) => isOverdue(o, today)).flatMap((o) => o.findingIds)), [orders, today])
}
