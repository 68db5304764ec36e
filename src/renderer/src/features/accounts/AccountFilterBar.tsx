// The list's filters: search (id or name), platform, status, field, MCN (searchable among those present),
// holder key, holder type, whether disposed of, and the sort. Typing is debounced, briefly (the worker also
// drops queries a newer one overtakes): the directory is asked once the user pauses, not at every keystroke.
import { ClearOutlined, SearchOutlined } from '@ant-design/icons'
import { Button, Flex, Input, Select } from 'antd'
import { memo, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ACCOUNT_SORTS, NO_FILTERS, isFiltered, type AccountFilters, type AccountSort, type Facets, type StatusFilter } from '@shared/accounts/filters'
import { ACCOUNT_STATUSES, HOLDER_TYPES, type HolderType } from '@shared/domain/records'
import type { ListView } from './url-filters'

const TYPING_PAUSE_MS = 100

export interface AccountFilterBarProps {
  view: ListView
  onChange: (view: ListView) => void
  facets: Facets | null
  platformName: (platformId: string) => string
}

/** A text filter that reports its value once the user stops typing, and follows the address when that
 * changes by other means (the navigation, a link to a holder's accounts, the back button). */
function useDebounced(value: string, commit: (value: string) => void): [string, (value: string) => void] {
  const [draft, setDraft] = useState(value)
  const [seen, setSeen] = useState(value)
  const [sent, setSent] = useState(value)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  useEffect(() => () => {
    if (timer.current !== null) clearTimeout(timer.current)
  }, [])
  if (value !== seen) {
    setSeen(value)
    // our own commit coming back is not news (the user may have typed on since)
    if (value !== sent) setDraft(value)
  }
  const send = (next: string) => {
    setSent(next)
    commit(next)
  }
  const change = (next: string) => {
    setDraft(next)
    if (timer.current !== null) clearTimeout(timer.current)
    // clearing applies at once: there is nothing more to type
    if (next === '') send(next)
    else timer.current = setTimeout(() => send(next), TYPING_PAUSE_MS)
  }
  return [draft, change]
}

/** Memoised: rows arriving as the user scrolls re-render the list page, and nine selects need not follow. */
export const AccountFilterBar = memo(function AccountFilterBar({ view, onChange, facets, platformName }: AccountFilterBarProps) {
  const { t } = useTranslation()
  const { filters, sort } = view
  // the latest view, for debounced commits that fire after other filters changed
  const latest = useRef(view)
  useEffect(() => {
    latest.current = view
  }, [view])
  const set = (change: Partial<AccountFilters>) => onChange({ ...latest.current, filters: { ...latest.current.filters, ...change } })
  const [search, setSearch] = useDebounced(filters.search, (value) => set({ search: value }))
  const [holder, setHolder] = useDebounced(filters.holderKey ?? '', (value) => set({ holderKey: value.trim() === '' ? null : value.trim() }))
  const reset = () => {
    setSearch('')
    setHolder('')
    onChange({ filters: NO_FILTERS, sort: latest.current.sort })
  }

  const platforms = useMemo(
    () => (facets?.platforms ?? []).map((p) => ({ value: p.value, label: platformName(p.value) })).sort((a, b) => a.label.localeCompare(b.label, 'zh-CN')),
    [facets, platformName],
  )
  const fields = useMemo(() => (facets?.fields ?? []).map((f) => ({ value: f.value, label: f.value })), [facets])
  const mcns = useMemo(() => (facets?.mcns ?? []).map((m) => ({ value: m.value, label: m.value, count: m.count })), [facets])
  const statuses: { value: StatusFilter; label: string }[] = [
    ...ACCOUNT_STATUSES.map((s) => ({ value: s, label: t(`domain.accountStatus.${s}`) })),
    { value: 'unreported', label: t('accounts.filters.unreported') },
  ]
  return (
    <Flex gap={8} wrap align="center">
      <Input
        allowClear
        prefix={<SearchOutlined />}
        placeholder={t('accounts.filters.search')}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        style={{ width: 240 }}
        data-testid="accounts-search"
      />
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('accounts.filters.platform')}
        value={filters.platformId}
        onChange={(platformId: string | undefined) => set({ platformId: platformId ?? null })}
        options={platforms}
        style={{ width: 180 }}
        data-testid="accounts-filter-platform"
      />
      <Select
        allowClear
        placeholder={t('accounts.filters.status')}
        value={filters.status}
        onChange={(status: StatusFilter | undefined) => set({ status: status ?? null })}
        options={statuses}
        style={{ width: 150 }}
        data-testid="accounts-filter-status"
      />
      <Select
        allowClear
        placeholder={t('accounts.filters.field')}
        value={filters.field}
        onChange={(field: string | undefined) => set({ field: field ?? null })}
        options={fields}
        style={{ width: 120 }}
        data-testid="accounts-filter-field"
      />
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('accounts.filters.mcn')}
        value={filters.mcn}
        onChange={(mcn: string | undefined) => set({ mcn: mcn ?? null })}
        options={mcns}
        optionRender={(o) => (
          <Flex justify="space-between" gap={8}>
            <span>{o.label}</span>
            <span style={{ opacity: 0.45 }}>{(o.data as { count: number }).count}</span>
          </Flex>
        )}
        popupMatchSelectWidth={260}
        style={{ width: 170 }}
        data-testid="accounts-filter-mcn"
      />
      <Input
        allowClear
        placeholder={t('accounts.filters.holderKey')}
        value={holder}
        onChange={(e) => setHolder(e.target.value)}
        style={{ width: 170, fontFamily: holder ? 'monospace' : undefined }}
        data-testid="accounts-filter-holder"
      />
      <Select
        allowClear
        placeholder={t('accounts.filters.holderType')}
        value={filters.holderType}
        onChange={(holderType: HolderType | undefined) => set({ holderType: holderType ?? null })}
        options={HOLDER_TYPES.map((h) => ({ value: h, label: t(`domain.holderType.${h}`) }))}
        style={{ width: 130 }}
        data-testid="accounts-filter-holder-type"
      />
      <Select
        allowClear
        placeholder={t('accounts.filters.disposed')}
        value={filters.hasDispositions === null ? null : filters.hasDispositions ? 'yes' : 'no'}
        onChange={(v: 'yes' | 'no' | undefined) => set({ hasDispositions: v === undefined ? null : v === 'yes' })}
        options={[
          { value: 'yes', label: t('accounts.filters.disposedYes') },
          { value: 'no', label: t('accounts.filters.disposedNo') },
        ]}
        style={{ width: 130 }}
        data-testid="accounts-filter-disposed"
      />
      <Select<AccountSort>
        value={sort}
        onChange={(next) => onChange({ ...latest.current, sort: next })}
        options={ACCOUNT_SORTS.map((s) => ({ value: s, label: t(`accounts.sort.${s}`) }))}
        prefix={t('accounts.filters.sort')}
        style={{ width: 200 }}
        data-testid="accounts-sort"
      />
      <Button icon={<ClearOutlined />} onClick={reset} disabled={!isFiltered(filters)} data-testid="accounts-reset">
        {t('accounts.filters.reset')}
      </Button>
    </Flex>
  )
})
