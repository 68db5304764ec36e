// One platform's page: its details, its contacts, the reports it has submitted, and editing, archiving and
// restoring it.
import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Descriptions, Flex, Result, Skeleton, Table, Tag, Typography, type TableColumnsType } from 'antd'
import dayjs from 'dayjs'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import type { Contact, Platform } from '@shared/domain/platform'
import { ArchiveButton } from './ArchiveButton'
import { usePlatform } from './hooks'
import { PlatformFormDrawer } from './PlatformFormDrawer'
import { PlatformReports } from './PlatformReports'
import { TypeTags } from '@renderer/components/TypeTags'

const when = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm')

export function PlatformPage() {
  const { t } = useTranslation()
  const { id = '' } = useParams()
  const platform = usePlatform(id)

  const back = (
    <Link to="/platforms" data-testid="platform-back">
      <ArrowLeftOutlined /> {t('platforms.backToList')}
    </Link>
  )
  if (platform === undefined) return <Skeleton active />
  if (platform === null) return <Result status="404" title={t('platforms.notFound')} extra={back} />
  return (
    <Flex vertical gap={16}>
      <div>{back}</div>
      <PlatformDetails platform={platform} />
    </Flex>
  )
}

function PlatformDetails({ platform }: { platform: Platform }) {
  const { t } = useTranslation()
  const [editing, setEditing] = useState(false)

  type ContactRow = Contact & { key: number }
  const contactColumns: TableColumnsType<ContactRow> = [
    { key: 'name', title: t('platforms.contact.name'), dataIndex: 'name' },
    { key: 'role', title: t('platforms.contact.role'), dataIndex: 'role' },
    { key: 'phone', title: t('platforms.contact.phone'), dataIndex: 'phone' },
    { key: 'email', title: t('platforms.contact.email'), render: (_, c) => (c.email ? <a href={`mailto:${c.email}`}>{c.email}</a> : null) },
  ]

  return (
    <>
      <Flex justify="space-between" align="center" gap={16} wrap>
        <Flex align="center" gap={12}>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="platform-title">
            {platform.name}
          </Typography.Title>
          {platform.archived ? <Tag>{t('platforms.status.archived')}</Tag> : <Tag color="success">{t('platforms.status.active')}</Tag>}
        </Flex>
        <Flex gap={8}>
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="platform-edit">
            {t('platforms.edit')}
          </Button>
          <ArchiveButton platform={platform} />
        </Flex>
      </Flex>
      {platform.archived ? <Alert type="info" showIcon title={t('platforms.archivedNotice')} /> : null}
      <Descriptions
        bordered
        size="small"
        column={2}
        styles={{ label: { width: 160 } }}
        items={[
          { key: 'operator', label: t('platforms.fields.operator'), children: platform.operator },
          {
            key: 'creditCode',
            label: t('platforms.fields.creditCode'),
            children: <Typography.Text copyable style={{ fontFamily: 'monospace' }}>{platform.creditCode}</Typography.Text>,
          },
          { key: 'types', label: t('platforms.fields.types'), children: <TypeTags types={platform.types} /> },
          { key: 'jurisdiction', label: t('platforms.fields.jurisdiction'), children: platform.jurisdiction },
          { key: 'createdAt', label: t('platforms.fields.createdAt'), children: when(platform.createdAt) },
          { key: 'updatedAt', label: t('platforms.fields.updatedAt'), children: when(platform.updatedAt) },
          {
            key: 'note',
            label: t('platforms.fields.note'),
            span: 2,
            children: <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{platform.note}</Typography.Paragraph>,
          },
        ]}
      />
      <Card size="small" title={t('platforms.fields.contacts')}>
        <Table<ContactRow>
          size="small"
          columns={contactColumns}
          // contacts have no id of their own; their position is their identity here
          dataSource={platform.contacts.map((c, key) => ({ ...c, key }))}
          pagination={false}
          locale={{ emptyText: t('platforms.contact.none') }}
        />
      </Card>
      <Card size="small" title={t('platforms.reports.title')}>
        <PlatformReports platformId={platform.id} />
      </Card>
      <PlatformFormDrawer open={editing} platform={platform} onClose={() => setEditing(false)} />
    </>
  )
}
