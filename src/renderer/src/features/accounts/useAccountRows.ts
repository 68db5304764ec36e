// The list's data: runs the query for the current filters and sort in the directory, then fetches only the
// rows the user can see, in blocks, as they scroll. A new answer is swapped in together with the rows on
// screen, so the list never flashes empty while the user types; a query overtaken by a newer one is
// dropped. Emits `accounts-ready` after each load's first rows are on screen, `accounts-filtered` after a
// new filter's.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { QueryResult } from '@shared/accounts/directory-service'
import type { AccountRow } from '@shared/accounts/filters'
import { emitSignal } from '@renderer/app/signals'
import { useDirectory } from './directory-context'
import type { TimedQuery } from './directory-protocol'
import type { ListView } from './url-filters'

export const BLOCK = 100
/** blocks kept per query: a few screens either side of where the user is */
const KEEP_BLOCKS = 40

export interface VisibleRange {
  from: number
  to: number
}

interface Answer {
  view: ListView
  load: number
  result: TimedQuery
  blocks: ReadonlyMap<number, AccountRow[]>
}

export interface AccountRows {
  /** the latest answered query (for an older view while `pending`) */
  result: QueryResult | null
  /** the view that result answers */
  answeredView: ListView | null
  /** a query for the current view (or a load) has not been answered yet */
  pending: boolean
  rowAt: (index: number) => AccountRow | undefined
  /** the table reports what is on screen: rows are fetched for it */
  show: (range: VisibleRange) => void
}

const blocksOf = ({ from, to }: VisibleRange, total: number): number[] => {
  const out: number[] = []
  for (let b = Math.floor(from / BLOCK); b * BLOCK < Math.min(to, total); b++) out.push(b)
  return out
}

export function useAccountRows(view: ListView, initial: VisibleRange): AccountRows {
  const { client, loaded } = useDirectory()
  const [answer, setAnswer] = useState<Answer | null>(null)
  const visible = useRef(initial)
  const inFlight = useRef(new Set<string>())

  useEffect(() => {
    if (!loaded) return
    let live = true
    // a function, not the flag itself: the flag changes while this awaits
    const stale = () => !live
    const run = async () => {
      const result = await client.query(view.filters, view.sort)
      if (stale() || !result) return
      // a reload (or the first answer, which may restore a remembered place) keeps the user's place; a new
      // filter starts at the top
      const sameView = answer ? answer.view === view : true
      const span = Math.max(BLOCK, visible.current.to - visible.current.from)
      const from = sameView ? visible.current.from : 0
      const wanted = blocksOf({ from, to: from + span }, result.total)
      const rows = await Promise.all(wanted.map((b) => client.rows(result.query, b * BLOCK, (b + 1) * BLOCK)))
      if (stale() || rows.some((r) => r === null)) return
      setAnswer({ view, load: loaded.load, result, blocks: new Map(wanted.map((b, k) => [b, rows[k] ?? []])) })
    }
    run().catch((error: unknown) => console.error(error))
    return () => {
      live = false
    }
    // `answer` is read only to tell a reload from a new view: not a reason to query again
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, loaded, view])

  // the signals, once the answer's rows are committed to the screen
  const signalled = useRef<{ load: number; query: number } | null>(null)
  useEffect(() => {
    if (!answer || signalled.current?.query === answer.result.query) return
    const name = signalled.current?.load === answer.load ? 'accounts-filtered' : 'accounts-ready'
    signalled.current = { load: answer.load, query: answer.result.query }
    // queryMs: the directory's own time to filter and count, for whoever measures
    emitSignal(name, { total: answer.result.total, queryMs: Math.round(answer.result.ms) })
  }, [answer])

  const fetchBlocks = useCallback(
    (range: VisibleRange) => {
      if (!answer) return
      const { query, total } = answer.result
      for (const b of blocksOf(range, total)) {
        const key = `${query}:${b}`
        if (answer.blocks.has(b) || inFlight.current.has(key)) continue
        inFlight.current.add(key)
        client.rows(query, b * BLOCK, (b + 1) * BLOCK).then(
          (rows) => {
            inFlight.current.delete(key)
            if (!rows) return // a newer query replaced this one
            setAnswer((prev) => {
              if (prev?.result.query !== query) return prev
              const blocks = new Map(prev.blocks)
              blocks.set(b, rows)
              // forget the blocks farthest from this one
              const far = [...blocks.keys()].sort((x, y) => Math.abs(y - b) - Math.abs(x - b))
              for (const k of far.slice(0, Math.max(0, blocks.size - KEEP_BLOCKS))) blocks.delete(k)
              return { ...prev, blocks }
            })
          },
          (error: unknown) => {
            inFlight.current.delete(key)
            console.error(error)
          },
        )
      }
    },
    [client, answer],
  )

  const show = useCallback(
    (range: VisibleRange) => {
      visible.current = range
      fetchBlocks(range)
    },
    [fetchBlocks],
  )

  const rowAt = useCallback((index: number) => answer?.blocks.get(Math.floor(index / BLOCK))?.[index % BLOCK], [answer])

  const pending = !loaded || answer?.view !== view || answer.load !== loaded.load
  return { result: answer?.result ?? null, answeredView: answer?.view ?? null, pending, rowAt, show }
}
