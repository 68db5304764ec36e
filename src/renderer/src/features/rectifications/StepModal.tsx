// Recording one step of an order in a modal: the platform's report (date received, summary, its files —
// stored with their SHA-256), the re-check (date, by whom, passed or failed, notes), escalation (the
// measure, date, notes) or closing. Dates lie between the date of issue and today; the state machine
// checks the rest and its problems show under the fields they concern.
import { DeleteOutlined, PaperClipOutlined } from '@ant-design/icons'
import { Alert, App, Button, DatePicker, Flex, Form, Input, List, Modal, Radio, Select, Typography } from 'antd'
import type { Dayjs } from 'dayjs'
import dayjs from 'dayjs'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ESCALATIONS, type Escalation, type Rectification } from '@shared/domain/findings'
import type { RectificationAction } from '@shared/rectifications/machine'
import { newId } from '@shared/util/hash'
import { useDesk } from '@renderer/app/desk'
import { session } from '@renderer/app/session'
import { emitSignal } from '@renderer/app/signals'
import { UserError } from '@renderer/db/data-layer'
import { useHost } from '@renderer/host'
import { webSha256 } from '@renderer/lib/digest'
import { recordStep, RectificationRefused, type NewAttachment } from './service'

export type StepKind = 'report' | 'recheck' | 'escalate' | 'close'

interface Values {
  date: Dayjs
  summary?: string
  by?: string
  result?: 'passed' | 'failed'
  measure?: Escalation
  notes?: string
}

const ISO = 'YYYY-MM-DD'
const TITLE = { report: 'rectifications.report.title', recheck: 'rectifications.recheck.title', escalate: 'rectifications.escalate.title', close: 'rectifications.close.title' } as const
const DATE_LABEL = { report: 'rectifications.report.receivedOn', recheck: 'rectifications.recheck.on', escalate: 'rectifications.escalate.on', close: 'rectifications.close.on' } as const
const NOTES_LABEL = { report: 'rectifications.report.summary', recheck: 'rectifications.recheck.notes', escalate: 'rectifications.escalate.notes', close: 'rectifications.close.notes' } as const

function actionOf(kind: StepKind, v: Values, reportId: string): RectificationAction {
  const on = v.date.format(ISO)
  switch (kind) {
    case 'report':
      return { type: 'report', id: reportId, receivedOn: on, summary: v.summary ?? '', attachmentIds: [] }
    case 'recheck':
      return { type: 'recheck', on, by: v.by ?? '', result: v.result ?? 'passed', notes: v.notes ?? '' }
    case 'escalate':
      return { type: 'escalate', measure: v.measure ?? 'interview', on, notes: v.notes ?? '' }
    case 'close':
      return { type: 'close', on, notes: v.notes ?? '' }
  }
}

async function attachmentOf(file: File): Promise<NewAttachment> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  return {
    id: newId(),
    name: file.name,
    type: file.type || 'application/octet-stream',
    size: file.size,
    sha256: await webSha256(bytes),
    capturedAt: new Date(file.lastModified || Date.now()).toISOString(),
    sourceUrl: null,
    data: new Blob([bytes], { type: file.type }),
  }
}

export function StepModal({ order, kind, today, onClose }: { order: Rectification; kind: StepKind; today: string; onClose: () => void }) {
  const { t } = useTranslation()
  const { data, settings } = useDesk()
  const { message } = App.useApp()
  const host = useHost()
  const [form] = Form.useForm<Values>()
  const [files, setFiles] = useState<File[]>([])
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  const pick = async () => {
    const picked = await host.openFiles({ title: t('rectifications.report.pickTitle'), filters: [{ name: t('rectifications.report.allFiles'), extensions: ['*'] }], multiple: true })
    setFiles((prev) => [...prev, ...picked])
  }

  const save = async () => {
    const values = await form.validateFields().catch(() => null)
    if (!values) return
    setSaving(true)
    setError(null)
    try {
      const action = actionOf(kind, values, newId())
      const attachments = kind === 'report' ? await Promise.all(files.map(attachmentOf)) : []
      await recordStep(data, order.id, action, { by: session.actor().name, today, files: attachments })
      void message.success(t('rectifications.actions.saved'))
      emitSignal('saved', { action: `rectification.${action.type}`, id: order.id })
      onClose()
    } catch (e) {
      if (e instanceof RectificationRefused) {
        const byField = e.problems.map((p) => ({ ...p, path: p.path === 'receivedOn' || p.path === 'on' ? 'date' : p.path }))
        const fields = byField.filter((p) => ['date', 'summary', 'by', 'notes', 'measure'].includes(p.path))
        form.setFields(fields.map((p) => ({ name: p.path as keyof Values, errors: [t(p.key, p.params)] })))
        const rest = byField.find((p) => !fields.includes(p))
        if (rest) setError(t(rest.key, rest.params))
      } else setError(e instanceof UserError ? t(e.userMessage.key, e.userMessage.params) : t('common.error'))
    } finally {
      setSaving(false)
    }
  }

  const hint = kind === 'escalate' ? t('rectifications.escalate.hint') : kind === 'close' ? t('rectifications.close.hint') : null
  return (
    <Modal
      open
      title={t(TITLE[kind])}
      okText={t('rectifications.actions.ok')}
      cancelText={t('rectifications.actions.cancel')}
      okButtonProps={{ loading: saving, danger: kind === 'escalate', 'data-testid': 'rectification-step-ok' }}
      onOk={() => void save()}
      onCancel={onClose}
      destroyOnHidden
      width={560}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ date: dayjs(today), by: settings.actor.name, result: 'passed', measure: undefined }}
        data-testid={`rectification-${kind}-form`}
      >
        {hint ? <Alert type={kind === 'escalate' ? 'warning' : 'info'} showIcon title={hint} style={{ marginBottom: 16 }} /> : null}
        {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="rectification-step-error" /> : null}
        {kind === 'escalate' ? (
          <Form.Item name="measure" label={t('rectifications.escalate.measure')} rules={[{ required: true, message: t('rectifications.problem.measure') }]}>
            <Select options={ESCALATIONS.map((m) => ({ value: m, label: t(`rectifications.escalation.${m}`) }))} data-testid="rectification-measure" />
          </Form.Item>
        ) : null}
        <Form.Item name="date" label={t(DATE_LABEL[kind])} rules={[{ required: true, message: t('rectifications.problem.date') }]}>
          <DatePicker allowClear={false} disabledDate={(d) => d.format(ISO) < order.issuedOn || d.format(ISO) > today} data-testid="rectification-step-date" />
        </Form.Item>
        {kind === 'recheck' ? (
          <>
            <Form.Item name="by" label={t('rectifications.recheck.by')} rules={[{ required: true, whitespace: true, message: t('rectifications.problem.byRequired') }]}>
              <Input maxLength={100} data-testid="rectification-recheck-by" />
            </Form.Item>
            <Form.Item name="result" label={t('rectifications.recheck.result')}>
              <Radio.Group
                optionType="button"
                buttonStyle="solid"
                options={[
                  { value: 'passed', label: t('rectifications.recheck.passed') },
                  { value: 'failed', label: t('rectifications.recheck.failed') },
                ]}
                data-testid="rectification-recheck-result"
              />
            </Form.Item>
          </>
        ) : null}
        <Form.Item
          name={kind === 'report' ? 'summary' : 'notes'}
          label={t(NOTES_LABEL[kind])}
          rules={kind === 'report' ? [{ required: true, whitespace: true, message: t('rectifications.problem.summaryRequired') }] : []}
        >
          <Input.TextArea
            rows={4}
            maxLength={2000}
            showCount
            placeholder={kind === 'report' ? t('rectifications.report.summaryPlaceholder') : kind === 'recheck' ? t('rectifications.recheck.notesPlaceholder') : undefined}
            data-testid="rectification-step-notes"
          />
        </Form.Item>
        {kind === 'report' ? (
          <Form.Item label={t('rectifications.report.attachments')}>
            <Flex vertical gap={8}>
              {files.length > 0 ? (
                <List
                  size="small"
                  bordered
                  dataSource={files}
                  renderItem={(f, i) => (
                    <List.Item actions={[<Button key="remove" type="text" size="small" icon={<DeleteOutlined />} onClick={() => setFiles(files.filter((_, j) => j !== i))} />]}>
                      <Typography.Text ellipsis>
                        <PaperClipOutlined /> {f.name}
                      </Typography.Text>
                    </List.Item>
                  )}
                />
              ) : null}
              <Button icon={<PaperClipOutlined />} onClick={() => void pick()} style={{ alignSelf: 'flex-start' }} data-testid="rectification-report-files">
                {t('rectifications.report.addFiles')}
              </Button>
            </Flex>
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  )
}
