// One inspection 督导检查 at `inspections/:id`: its plan, the checklist to fill (or read, once submitted or
// closed), progress and scores, sign-off, and the keys. On opening, every piece of evidence is hashed again
// and compared with its record; a mismatch is shown on the piece and in a warning at the top.
import { ArrowLeftOutlined, DeleteOutlined, EditOutlined, LockOutlined, PlusOutlined, QuestionCircleOutlined } from '@ant-design/icons'
import { Alert, App, Button, Col, Descriptions, Empty, Flex, Modal, Popconfirm, Row, Space, Spin, Typography } from 'antd'
import dayjs from 'dayjs'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useParams } from 'react-router'
import type { Inspection, InspectionItem } from '@shared/domain/findings'
import { isEditable } from '@shared/inspections/signoff'
import { useDesk } from '@renderer/app/desk'
import { emitSignal } from '@renderer/app/signals'
import { showFailure } from '@renderer/lib/failure'
import { Checklist, itemElement } from './Checklist'
import { CustomItemModal } from './CustomItemModal'
import { EvidenceAlert } from './EvidenceAlert'
import { useAttachments, useCatalogue, useEditor, useInspection, useItems, usePlatformNames } from './hooks'
import { InspectionFormDrawer } from './InspectionFormDrawer'
import { OverdueTag, StatusTag } from './labels'
import { ScorePanel } from './ScorePanel'
import { ShortcutList, ShortcutsCard } from './ShortcutsHelp'
import { SignOffPanel } from './SignOffPanel'
import { deleteInspection } from './service'
import { useChecklistActions } from './useChecklistActions'
import { useVerification } from './useVerification'

export function InspectionPage() {
  const { t } = useTranslation()
  const { id = '' } = useParams()
  const inspection = useInspection(id)
  if (inspection === undefined) return <Spin style={{ marginTop: 64, display: 'block' }} />
  if (inspection === null) {
    return (
      <Empty description={t('inspections.notFound')} style={{ marginTop: 64 }}>
        <Link to="/inspections">{t('inspections.back')}</Link>
      </Empty>
    )
  }
  return <Loaded inspection={inspection} />
}

function StatusBanner({ inspection }: { inspection: Inspection }) {
  const { t } = useTranslation()
  if (inspection.status === 'closed') {
    return (
      <Alert
        type="info"
        showIcon
        icon={<LockOutlined />}
        title={t('inspections.page.readonly', { date: dayjs(inspection.closedAt).format('YYYY-MM-DD HH:mm') })}
        data-testid="inspection-readonly"
      />
    )
  }
  if (inspection.status === 'inReview') return <Alert type="warning" showIcon title={t('inspections.page.inReview')} data-testid="inspection-in-review" />
  if (inspection.status === 'planned') return <Alert type="info" showIcon title={t('inspections.page.planned')} />
  return null
}

/** The first item not yet assessed, else the first: where an inspector picks up. */
function startingItem(items: readonly InspectionItem[]): string | null {
  return (items.find((i) => i.result === 'notAssessed') ?? items[0])?.id ?? null
}

function Loaded({ inspection }: { inspection: Inspection }) {
  const { t, i18n } = useTranslation()
  const navigate = useNavigate()
  const { data } = useDesk()
  const editor = useEditor()
  const { message } = App.useApp()
  const items = useItems(inspection.id)
  const itemIds = useMemo(() => (items ?? []).map((i) => i.id), [items])
  const attachments = useAttachments(itemIds)
  const all = useMemo(() => (attachments ? [...attachments.values()] : undefined), [attachments])
  const verification = useVerification(all)
  const catalogue = useCatalogue(inspection.catalogueId)
  const platformNames = usePlatformNames()
  const actions = useChecklistActions()
  const [chosen, setChosen] = useState<string | null>(null)
  const [missing, setMissing] = useState<ReadonlySet<string>>(new Set())
  const [editing, setEditing] = useState(false)
  const [adding, setAdding] = useState(false)
  const [help, setHelp] = useState(false)
  const editable = isEditable(inspection.status)
  const articles = useMemo(() => new Map((catalogue?.articles ?? []).map((a) => [a.id, a])), [catalogue])
  const zh = i18n.language.startsWith('zh')
  const currentId = chosen !== null && itemIds.includes(chosen) ? chosen : startingItem(items ?? [])
  // an item marked missing stops being marked once it is assessed
  const stillMissing = useMemo(() => new Set((items ?? []).filter((i) => missing.has(i.id) && i.result === 'notAssessed').map((i) => i.id)), [items, missing])

  const onMissing = (ids: string[]) => {
    setMissing(new Set(ids))
    const [first] = ids
    if (first !== undefined) {
      setChosen(first)
      itemElement(first)?.focus()
    }
  }

  const remove = async () => {
    try {
      await deleteInspection(data, editor, inspection.id)
      emitSignal('inspection-saved', { id: inspection.id, deleted: true })
      void message.success(t('inspections.deleted', { title: inspection.title }))
      void navigate('/inspections')
    } catch (error) {
      showFailure(message, t, error)
    }
  }

  return (
    <Flex vertical gap={16} data-testid="inspection-page" data-id={inspection.id} data-status={inspection.status}>
      <Link to="/inspections" style={{ alignSelf: 'flex-start' }}>
        <ArrowLeftOutlined /> {t('inspections.back')}
      </Link>
      <Flex justify="space-between" align="flex-start" gap={16} wrap>
        <Space size={12} align="center" wrap>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {inspection.title}
          </Typography.Title>
          <StatusTag status={inspection.status} />
          <OverdueTag inspection={inspection} />
        </Space>
        <Space wrap>
          {editable ? (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="inspection-edit">
              {t('inspections.editPlan')}
            </Button>
          ) : null}
          {inspection.status === 'planned' ? (
            <Popconfirm title={t('inspections.deleteConfirm', { title: inspection.title })} onConfirm={() => void remove()} okButtonProps={{ danger: true }}>
              <Button danger icon={<DeleteOutlined />} data-testid="inspection-delete">
                {t('inspections.delete')}
              </Button>
            </Popconfirm>
          ) : null}
        </Space>
      </Flex>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, lg: 2 }}
        styles={{ label: { whiteSpace: 'nowrap', width: 110 } }}
        items={[
          { key: 'platform', label: t('inspections.fields.platform'), children: <Link to={`/platforms/${encodeURIComponent(inspection.platformId)}`}>{platformNames.get(inspection.platformId) ?? inspection.platformId}</Link> },
          { key: 'kind', label: t('inspections.fields.kind'), children: t(`inspections.kind.${inspection.kind}`) },
          { key: 'planned', label: t('inspections.fields.planned'), children: t('inspections.list.dates', { start: inspection.plannedStart, end: inspection.plannedEnd }) },
          { key: 'team', label: t('inspections.fields.team'), children: inspection.team.join('、') },
          { key: 'catalogue', label: t('inspections.fields.catalogue'), children: catalogue ? t('inspections.catalogueOption', { title: zh ? catalogue.titleZh : catalogue.titleEn, version: catalogue.version, date: catalogue.effectiveFrom }) : inspection.catalogueId },
          ...(inspection.closedAt ? [{ key: 'closed', label: t('inspections.fields.closedAt'), children: dayjs(inspection.closedAt).format('YYYY-MM-DD HH:mm') }] : []),
        ]}
      />
      <StatusBanner inspection={inspection} />
      <EvidenceAlert attachments={all} verification={verification} closed={inspection.status === 'closed'} />
      <Row gutter={[16, 16]} align="top">
        <Col xs={24} xl={16}>
          <Flex vertical gap={12}>
            <Flex justify="space-between" align="center">
              <Typography.Title level={4} style={{ margin: 0 }}>
                {t('inspections.page.checklist')}
              </Typography.Title>
              <Space>
                <Button type="text" icon={<QuestionCircleOutlined />} onClick={() => setHelp(true)}>
                  {t('inspections.shortcuts.show')}
                </Button>
                {editable ? (
                  <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="inspection-add-item">
                    {t('inspections.page.addCustom')}
                  </Button>
                ) : null}
              </Space>
            </Flex>
            {items === undefined || attachments === undefined ? (
              <Spin />
            ) : (
              <Checklist
                items={items}
                catalogue={catalogue}
                editable={editable}
                attachments={attachments}
                verification={verification}
                missing={stillMissing}
                currentId={currentId}
                onCurrent={setChosen}
                onHelp={() => setHelp(true)}
                actions={actions}
              />
            )}
          </Flex>
        </Col>
        <Col xs={24} xl={8} style={{ position: 'sticky', top: 8, maxHeight: 'calc(100vh - 16px)', overflowY: 'auto' }}>
          <Flex vertical gap={12}>
            <SignOffPanel inspection={inspection} items={items ?? []} onMissing={onMissing} />
            <ScorePanel items={items ?? []} articles={articles} />
            {editable ? <ShortcutsCard /> : null}
          </Flex>
        </Col>
      </Row>
      <InspectionFormDrawer open={editing} inspection={inspection} onClose={() => setEditing(false)} />
      <CustomItemModal open={adding} inspectionId={inspection.id} articles={catalogue?.articles ?? []} onClose={() => setAdding(false)} onAdded={setChosen} />
      <Modal open={help} onCancel={() => setHelp(false)} footer={null} title={t('inspections.shortcuts.title')} width={400}>
        <ShortcutList />
      </Modal>
    </Flex>
  )
}
