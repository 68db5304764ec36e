// 自媒体账号: every account of every platform, from the directory worker, filtered, searched and sorted
// there; the window holds only the rows on screen. The filters live in the address; the scroll position is
// remembered while the user looks at an account.
import { LoadingOutlined } from '@ant-design/icons'
import { Alert, Empty, Flex, Progress, Space, Spin, Tag, Typography } from 'antd'
import { useLiveQuery } from 'dexie-react-hooks'
import { useCallback, useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation, useNavigate, useSearchParams } from 'react-router'
import type { AccountRow } from '@shared/accounts/filters'
import { useDesk } from '@renderer/app/desk'
import { AccountFilterBar } from './AccountFilterBar'
import { AccountTable, ROW_HEIGHT } from './AccountTable'
import { useDirectory } from './directory-context'
import { accountPath } from './labels'
import { readView, writeView, type ListView } from './url-filters'
import { useAccountRows } from './useAccountRows'

/** Header, content padding and page title: what the table's height leaves for them. */
const PAGE_HEIGHT = 'calc(100vh - 80px)'

export function AccountListPage() {
  const { t } = useTranslation()
  const { db } = useDesk()
  const directory = useDirectory()
  const navigate = useNavigate()
  const location = useLocation()
  const [params, setParams] = useSearchParams()
  const view = useMemo(() => readView(params), [params])
  const platforms = useLiveQuery(() => db.platforms.toArray(), [db])
  const names = useMemo(() => new Map((platforms ?? []).map((p) => [p.id, p.name])), [platforms])
  const platformName = useCallback((id: string) => names.get(id) ?? id, [names])

  const { listMemory } = directory
  const [initialOffset] = useState(() => listMemory.offsetFor(location.search))
  const [initialRange] = useState(() => ({ from: Math.floor(initialOffset / ROW_HEIGHT), to: Math.floor(initialOffset / ROW_HEIGHT) + 30 }))
  const rows = useAccountRows(view, initialRange)
  useEffect(() => listMemory.at(location.search), [listMemory, location.search])
  const total = rows.result?.total ?? 0

  const update = useCallback((next: ListView) => setParams(writeView(next), { replace: true }), [setParams])
  const open = (row: AccountRow) => void navigate(accountPath(row.platformId, row.accountId))
  const remember = (offset: number) => {
    listMemory.scrolled(location.search, offset)
  }

  const { loaded, progress } = directory
  let body
  if (directory.failed && !loaded) body = <Alert type="error" showIcon title={t('accounts.loadFailed')} />
  else if (!loaded || !rows.result) {
    body = (
      <Flex vertical align="center" justify="center" gap={12} style={{ flex: 1 }} data-testid="accounts-loading">
        <Spin size="large" />
        <Typography.Text type="secondary">{progress ? t('accounts.loadingChunks', progress) : t('accounts.loading')}</Typography.Text>
        {progress && progress.total > 0 ? <Progress percent={Math.round((100 * progress.done) / progress.total)} showInfo={false} style={{ width: 320 }} /> : null}
      </Flex>
    )
  } else {
    const empty =
      loaded.total === 0 ? (
        <Empty style={{ marginTop: 64 }} description={<Flex vertical gap={4}><Typography.Text strong>{t('accounts.empty')}</Typography.Text><Typography.Text type="secondary">{t('accounts.emptyHint')}</Typography.Text></Flex>} />
      ) : (
        <Empty style={{ marginTop: 64 }} image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('accounts.noMatch')} />
      )
    body = (
      <AccountTable
        total={total}
        rowAt={rows.rowAt}
        onShow={rows.show}
        platformName={platformName}
        onOpen={open}
        resetKey={rows.answeredView}
        initialOffset={initialOffset}
        onScrolled={remember}
        empty={empty}
      />
    )
  }

  return (
    <Flex vertical gap={12} style={{ height: PAGE_HEIGHT }} data-testid="accounts-page">
      <Flex justify="space-between" align="flex-end" gap={16} wrap>
        <div>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('accounts.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('accounts.subtitle')}</Typography.Text>
        </div>
        <Space size={8} align="center">
          {directory.loading && loaded ? <Tag color="processing">{t('accounts.reloading')}</Tag> : null}
          {rows.pending && rows.result ? <Spin indicator={<LoadingOutlined spin />} size="small" aria-label={t('accounts.querying')} /> : null}
          {t('accounts.totalBefore') ? <Typography.Text type="secondary">{t('accounts.totalBefore')}</Typography.Text> : null}
          <Typography.Text strong style={{ fontSize: 18, fontVariantNumeric: 'tabular-nums' }} data-testid="accounts-total" data-total={total} data-pending={rows.pending}>
            {total}
          </Typography.Text>
          <Typography.Text type="secondary">{t('accounts.totalAfter')}</Typography.Text>
        </Space>
      </Flex>
      <AccountFilterBar view={view} onChange={update} facets={loaded?.facets ?? null} platformName={platformName} />
      {body}
    </Flex>
  )
}
