// The list of platforms: search, filters by type and status, the number of reports each has submitted, and
// the button that opens the form for a new platform.
import { PlusOutlined, SearchOutlined } from '@ant-design/icons'
import { Button, Flex, Input, Segmented, Select, Table, Tag, Typography, type TableColumnsType } from 'antd'
import { useState, type HTMLAttributes } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import { PLATFORM_TYPES, type Platform, type PlatformType } from '@shared/domain/platform'
import { filterPlatforms, readFilter, STATUS_FILTERS, writeFilter, type PlatformFilter } from './filter'
import { usePlatforms, useReportCounts } from './hooks'
import { PlatformFormDrawer } from './PlatformFormDrawer'
import { TypeTags } from '@renderer/components/TypeTags'

export function PlatformListPage() {
  const { t } = useTranslation()
  const platforms = usePlatforms()
  const counts = useReportCounts()
  const [params, setParams] = useSearchParams()
  const filter = readFilter(params)
  const [creating, setCreating] = useState(false)

  const update = (change: Partial<PlatformFilter>) => setParams(writeFilter({ ...filter, ...change }), { replace: true })
  const rows = platforms ? filterPlatforms(platforms, filter).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')) : []

  const columns: TableColumnsType<Platform> = [
    {
      key: 'name',
      title: t('platforms.fields.name'),
      render: (_, p) => <Link to={`/platforms/${p.id}`}>{p.name}</Link>,
      sorter: (a, b) => a.name.localeCompare(b.name, 'zh-CN'),
    },
    { key: 'operator', title: t('platforms.fields.operator'), dataIndex: 'operator', ellipsis: true },
    {
      key: 'creditCode',
      title: t('platforms.fields.creditCode'),
      dataIndex: 'creditCode',
      render: (code: string) => <Typography.Text style={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>{code}</Typography.Text>,
    },
    { key: 'types', title: t('platforms.fields.types'), render: (_, p) => <TypeTags types={p.types} /> },
    { key: 'jurisdiction', title: t('platforms.fields.jurisdiction'), dataIndex: 'jurisdiction', ellipsis: true },
    {
      key: 'reports',
      title: t('platforms.fields.reports'),
      align: 'right',
      width: 96,
      render: (_, p) => counts?.get(p.id) ?? 0,
      sorter: (a, b) => (counts?.get(a.id) ?? 0) - (counts?.get(b.id) ?? 0),
    },
    {
      key: 'status',
      title: t('platforms.fields.status'),
      width: 96,
      render: (_, p) => (p.archived ? <Tag>{t('platforms.status.archived')}</Tag> : <Tag color="success">{t('platforms.status.active')}</Tag>),
    },
  ]

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="flex-start" gap={16}>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('platforms.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('platforms.intro')}</Typography.Text>
        </div>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="platform-new">
          {t('platforms.new')}
        </Button>
      </Flex>
      <Flex gap={12} wrap align="center">
        <Input
          allowClear
          prefix={<SearchOutlined />}
          placeholder={t('platforms.searchPlaceholder')}
          value={filter.query}
          onChange={(e) => update({ query: e.target.value })}
          style={{ width: 340 }}
          data-testid="platform-search"
        />
        <Select
          allowClear
          placeholder={t('platforms.anyType')}
          value={filter.type ?? undefined}
          // cleared, the select gives undefined, which its types do not admit
          onChange={(type: PlatformType | undefined) => update({ type: type ?? null })}
          options={PLATFORM_TYPES.map((type) => ({ value: type, label: t(`domain.platformType.${type}`) }))}
          style={{ width: 160 }}
          data-testid="platform-type-filter"
        />
        <Segmented
          value={filter.status}
          onChange={(status) => update({ status })}
          options={STATUS_FILTERS.map((status) => ({ value: status, label: t(`platforms.status.${status}`) }))}
          data-testid="platform-status-filter"
        />
      </Flex>
      <Table<Platform>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={platforms === undefined}
        onRow={(p) => ({ 'data-testid': 'platform-row', 'data-name': p.name }) as HTMLAttributes<HTMLElement>}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (total) => t('platforms.total', { count: total }) }}
        locale={{ emptyText: platforms?.length === 0 ? t('platforms.empty') : t('platforms.noMatch') }}
      />
      <PlatformFormDrawer open={creating} onClose={() => setCreating(false)} />
    </Flex>
  )
}
