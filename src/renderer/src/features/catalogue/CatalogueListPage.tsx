// The list of catalogue versions: which one is in force today, each version's origin and lineage, and the
// way in to import a catalogue file or derive a new version from the one in force.
import { ImportOutlined, PlusOutlined } from '@ant-design/icons'
import { Alert, Button, Flex, Space, Table, Typography, type TableColumnsType } from 'antd'
import { useState, type HTMLAttributes } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Catalogue } from '@shared/catalogue/types'
import { activeCatalogue, versionStatus } from '@shared/catalogue/versions'
import { todayIso } from '@shared/util/dates'
import { useCatalogueDisplay } from './display'
import { ImportProblems } from './ImportProblems'
import { NewVersionDrawer } from './NewVersionDrawer'
import { useCatalogueImport } from './useCatalogueTransfer'
import { catalogueHref, useCatalogues } from './useCatalogues'
import { OriginTag, StatusBadge } from './VersionTags'

function rowProps(catalogue: Catalogue): HTMLAttributes<HTMLElement> {
  return { 'data-testid': 'catalogue-version-row', 'data-catalogue-id': catalogue.id } as HTMLAttributes<HTMLElement>
}

export function CatalogueListPage() {
  const { t } = useTranslation()
  const display = useCatalogueDisplay()
  const catalogues = useCatalogues()
  const importer = useCatalogueImport()
  const [deriving, setDeriving] = useState(false)
  const today = todayIso()
  const active = catalogues ? activeCatalogue(catalogues, today) : undefined

  const columns: TableColumnsType<Catalogue> = [
    {
      title: t('catalogue.list.version'),
      key: 'version',
      width: 96,
      render: (_, c) => <Typography.Text strong>{t('catalogue.versionLabel', { version: c.version })}</Typography.Text>,
    },
    {
      title: t('catalogue.list.name'),
      key: 'name',
      render: (_, c) => (
        <Flex vertical>
          <Link to={catalogueHref(c.id)}>{display.title(c)}</Link>
          <Typography.Text type="secondary" code style={{ fontSize: 12, alignSelf: 'flex-start' }}>
            {c.code}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: t('catalogue.list.effectiveFrom'), dataIndex: 'effectiveFrom', width: 128 },
    { title: t('catalogue.list.origin'), key: 'origin', width: 104, render: (_, c) => <OriginTag builtIn={c.builtIn} /> },
    {
      title: t('catalogue.list.basedOn'),
      key: 'basedOn',
      width: 96,
      render: (_, c) => (c.basedOn === null ? t('catalogue.value.none') : t('catalogue.versionLabel', { version: c.basedOn })),
    },
    {
      title: t('catalogue.list.created'),
      key: 'created',
      width: 168,
      render: (_, c) => {
        const { name, at } = display.creator(c)
        return (
          <Flex vertical>
            <span>{name}</span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {at}
            </Typography.Text>
          </Flex>
        )
      },
    },
    {
      title: t('catalogue.list.status'),
      key: 'status',
      width: 120,
      render: (_, c) => <StatusBadge status={versionStatus(c, catalogues ?? [], today)} />,
    },
    {
      title: t('catalogue.list.actions'),
      key: 'actions',
      width: 80,
      render: (_, c) => <Link to={catalogueHref(c.id)}>{t('catalogue.list.view')}</Link>,
    },
  ]

  return (
    <Flex vertical gap={16} data-testid="catalogue-list">
      <Flex justify="space-between" align="flex-start" gap={24}>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('catalogue.title')}
          </Typography.Title>
          <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0', maxWidth: 880 }}>
            {t('catalogue.intro')}
          </Typography.Paragraph>
        </div>
        <Space>
          <Button icon={<ImportOutlined />} loading={importer.busy} onClick={() => void importer.run()} data-testid="catalogue-import">
            {t('catalogue.import.button')}
          </Button>
          <Button type="primary" icon={<PlusOutlined />} disabled={!active} onClick={() => setDeriving(true)} data-testid="new-version">
            {t('catalogue.newVersion.button')}
          </Button>
        </Space>
      </Flex>

      {importer.failed && <ImportProblems failed={importer.failed} onClose={importer.dismiss} />}

      {catalogues && (
        <Alert
          type={active ? 'info' : 'warning'}
          showIcon
          data-testid="catalogue-active"
          title={
            active ? (
              <Link to={catalogueHref(active.id)}>
                {t('catalogue.activeToday', { title: display.title(active), version: active.version, date: active.effectiveFrom })}
              </Link>
            ) : (
              t('catalogue.noActive')
            )
          }
        />
      )}

      <Table<Catalogue>
        rowKey="id"
        size="middle"
        bordered
        loading={catalogues === undefined}
        dataSource={catalogues ?? []}
        columns={columns}
        onRow={rowProps}
        pagination={false}
        footer={() => t('catalogue.list.total', { count: catalogues?.length ?? 0 })}
      />

      {active && deriving && <NewVersionDrawer base={active} onClose={() => setDeriving(false)} />}
    </Flex>
  )
}
