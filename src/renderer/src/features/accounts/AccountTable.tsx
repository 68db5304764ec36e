// The account list as a virtual table: only the rows on screen (and a few either side) exist in the DOM,
// and only their data is fetched from the directory, so a million accounts scroll like a hundred. A grid
// of divs rather than antd's Table, whose virtual mode wants every row's data up front.
import { Skeleton, theme } from 'antd'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { AccountRow } from '@shared/accounts/filters'
import { AccountRowCells, CELL } from './AccountRowCells'
import type { VisibleRange } from './useAccountRows'
import './accounts.css'

export const ROW_HEIGHT = 40
const COLUMNS = ['platform', 'accountId', 'name', 'holderType', 'field', 'mcn', 'followers', 'credential', 'earnings', 'status', 'dispositions', 'lastViolation', 'snapshotDate'] as const
// fixed widths: each row is its own grid, so columns line up only if no width depends on content
const GRID = 'minmax(90px,1.1fr) 116px minmax(104px,1.6fr) 76px 68px minmax(96px,1.3fr) 80px 96px 72px 90px 92px 88px 88px'
const NUMERIC = new Set<string>(['followers', 'dispositions'])


export interface AccountTableProps {
  total: number
  rowAt: (index: number) => AccountRow | undefined
  onShow: (range: VisibleRange) => void
  platformName: (platformId: string) => string
  onOpen: (row: AccountRow) => void
  /** changes when the rows are for a new filter: the table returns to the top */
  resetKey: unknown
  initialOffset: number
  onScrolled: (offset: number) => void
  /** shown instead of rows when there are none */
  empty: ReactNode
}

export function AccountTable({ total, rowAt, onShow, platformName, onOpen, resetKey, initialOffset, onScrolled, empty }: AccountTableProps) {
  const { t } = useTranslation()
  const { token } = theme.useToken()
  const scroller = useRef<HTMLDivElement>(null)
  // the compiler-safety lint: this app does not use the React Compiler, and the virtualizer re-renders the
  // table itself when it scrolls
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    initialOffset,
    initialRect: { width: 1200, height: 600 },
  })
  const items = virtualizer.getVirtualItems()
  const from = items[0]?.index ?? 0
  const to = (items[items.length - 1]?.index ?? -1) + 1

  useEffect(() => {
    onShow({ from, to })
  }, [from, to, onShow])

  const first = useRef(true)
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    virtualizer.scrollToOffset(0)
  }, [resetKey, virtualizer])

  const header: CSSProperties = {
    display: 'grid', gridTemplateColumns: GRID, alignItems: 'center', height: 44, position: 'sticky', top: 0, zIndex: 1,
    // opaque: the rows scroll under it (colorFillAlter alone is translucent)
    background: `linear-gradient(${token.colorFillAlter}, ${token.colorFillAlter}), ${token.colorBgContainer}`, borderBottom: `1px solid ${token.colorBorderSecondary}`, fontWeight: 500, minWidth: 'fit-content',
  }
  const onKey = (e: KeyboardEvent, row: AccountRow | undefined) => {
    if (row && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault()
      onOpen(row)
    }
  }

  return (
    <div
      ref={scroller}
      onScroll={(e) => onScrolled(e.currentTarget.scrollTop)}
      style={
        {
          flex: 1, minHeight: 240, overflow: 'auto', fontSize: 13, border: `1px solid ${token.colorBorderSecondary}`, borderRadius: token.borderRadiusLG, background: token.colorBgContainer,
          '--accounts-row-hover': token.controlItemBgHover, '--accounts-row-focus': token.colorPrimary,
        } as CSSProperties
      }
      role="table"
      aria-rowcount={total}
      data-testid="accounts-table"
    >
      <div style={header} role="row">
        {COLUMNS.map((c) => (
          // headers may wrap (English ones are longer than the values under them)
          <div key={c} role="columnheader" style={{ ...CELL, whiteSpace: 'normal', lineHeight: 1.25, textAlign: NUMERIC.has(c) ? 'right' : 'left' }}>
            {t(`accounts.columns.${c}`)}
          </div>
        ))}
      </div>
      {total === 0 ? (
        empty
      ) : (
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative', minWidth: 'fit-content' }}>
          {items.map((item) => {
            const row = rowAt(item.index)
            return (
              <div
                key={item.key}
                role="row"
                tabIndex={0}
                aria-rowindex={item.index + 2}
                className="accounts-row"
                onClick={() => row && onOpen(row)}
                onKeyDown={(e) => onKey(e, row)}
                data-testid={row ? 'accounts-row' : 'accounts-row-loading'}
                data-account-id={row?.accountId}
                style={{
                  display: 'grid', gridTemplateColumns: GRID, alignItems: 'center', position: 'absolute', top: 0, left: 0, width: '100%',
                  height: ROW_HEIGHT, transform: `translateY(${item.start}px)`, borderBottom: `1px solid ${token.colorBorderSecondary}`, cursor: row ? 'pointer' : 'default',
                }}
              >
                {row ? <AccountRowCells row={row} platformName={platformName} /> : <Skeleton.Input active size="small" style={{ margin: '0 8px' }} />}
              </div>
            )
          })}
        </div>
      )}
    </div>
  )
}
