// Sign-off 签核: the inspector submits a complete checklist (or is told what is missing, and the missing
// items are marked); the reviewer accepts — after a confirmation that says how many findings it will make —
// or sends it back with comments. Each step is listed with who, when and what they said.
import { CheckCircleOutlined, RollbackOutlined, SendOutlined } from '@ant-design/icons'
import { App, Button, Card, Flex, Input, Timeline, Typography } from 'antd'
import dayjs from 'dayjs'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Inspection, InspectionItem, SignOffStep } from '@shared/domain/findings'
import { findingSeverity } from '@shared/inspections/findings'
import { INSPECTION_LIMITS } from '@shared/inspections/plan'
import { signOff } from '@shared/inspections/signoff'
import { useDesk } from '@renderer/app/desk'
import { emitSignal } from '@renderer/app/signals'
import { showFailure } from '@renderer/lib/failure'
import { useEditor } from './hooks'
import { accept, sendBack, submit } from './service'

const STEP_COLOUR: Record<SignOffStep['action'], string> = { submitted: 'blue', accepted: 'green', returned: 'orange' }

function Steps({ steps }: { steps: readonly SignOffStep[] }) {
  const { t } = useTranslation()
  if (steps.length === 0) return <Typography.Text type="secondary">{t('inspections.signOff.none')}</Typography.Text>
  return (
    <Timeline
      style={{ marginTop: 8 }}
      items={steps.map((s, i) => ({
        key: i,
        color: STEP_COLOUR[s.action],
        content: (
          <div data-testid="sign-off-step" data-action={s.action}>
            <Typography.Text strong>{t(`inspections.signOff.steps.${s.action}`)}</Typography.Text>
            <br />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('inspections.signOff.step', { by: s.by, at: dayjs(s.at).format('YYYY-MM-DD HH:mm') })}
            </Typography.Text>
            {s.comments ? <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>{s.comments}</Typography.Paragraph> : null}
          </div>
        ),
      }))}
    />
  )
}

interface Props {
  inspection: Inspection
  items: readonly InspectionItem[]
  /** the items a refused submission found unassessed (empty when it went through) */
  onMissing: (itemIds: string[]) => void
}

export function SignOffPanel({ inspection, items, onMissing }: Props) {
  const { t } = useTranslation()
  const { data } = useDesk()
  const editor = useEditor()
  const { message, modal } = App.useApp()
  const [comments, setComments] = useState('')
  const [commentsError, setCommentsError] = useState(false)
  const [busy, setBusy] = useState(false)
  const findingCount = items.filter((i) => findingSeverity(i.result) !== null).length

  const run = async (action: 'submit' | 'accept' | 'return', work: () => Promise<unknown>, done: string) => {
    setBusy(true)
    try {
      await work()
      setComments('')
      emitSignal('inspection-signed', { id: inspection.id, action })
      void message.success(done)
    } catch (error) {
      showFailure(message, t, error)
    } finally {
      setBusy(false)
    }
  }

  const onSubmit = () => {
    // checked here first, so the missing items can be marked; the service checks again in its write
    const check = signOff(inspection, items, 'submit', { by: editor.by, at: new Date().toISOString(), comments: '' })
    if (!check.ok) {
      onMissing(check.missing.map((i) => i.id))
      void message.error(t(check.problem.key, check.problem.params))
      emitSignal('inspection-signed', { id: inspection.id, action: 'submit', refused: true })
      return
    }
    onMissing([])
    void run('submit', () => submit(data, editor, inspection.id), t('inspections.signOff.submitted'))
  }

  const onAccept = () => {
    modal.confirm({
      title: t('inspections.signOff.accept'),
      content: t('inspections.signOff.acceptConfirm', { count: findingCount }),
      okText: t('inspections.signOff.accept'),
      cancelText: t('common.cancel'),
      okButtonProps: { 'data-testid': 'inspection-accept-confirm' },
      onOk: () => run('accept', () => accept(data, editor, inspection.id, comments), t('inspections.signOff.accepted', { count: findingCount })),
    })
  }

  const onReturn = () => {
    if (comments.trim() === '') {
      setCommentsError(true)
      return
    }
    void run('return', () => sendBack(data, editor, inspection.id, comments), t('inspections.signOff.returned'))
  }

  return (
    <Card size="small" title={t('inspections.page.signOff')} data-testid="sign-off">
      <Flex vertical gap={12}>
        {inspection.status === 'planned' || inspection.status === 'inProgress' ? (
          <Button type="primary" icon={<SendOutlined />} loading={busy} onClick={onSubmit} block data-testid="inspection-submit">
            {t('inspections.signOff.submit')}
          </Button>
        ) : null}
        {inspection.status === 'inReview' ? (
          <>
            <Typography.Text type="secondary" style={{ marginBottom: -6 }}>
              {t('inspections.signOff.comments')}
            </Typography.Text>
            <Input.TextArea
              value={comments}
              onChange={(e) => {
                setComments(e.target.value)
                setCommentsError(false)
              }}
              status={commentsError ? 'error' : undefined}
              placeholder={t('inspections.signOff.commentsPlaceholder')}
              aria-label={t('inspections.signOff.comments')}
              autoSize={{ minRows: 2, maxRows: 6 }}
              maxLength={INSPECTION_LIMITS.comments}
              data-testid="inspection-return-comments"
            />
            {commentsError ? <Typography.Text type="danger">{t('inspections.validation.commentsRequired')}</Typography.Text> : null}
            <Flex gap={8}>
              <Button type="primary" icon={<CheckCircleOutlined />} loading={busy} onClick={onAccept} style={{ flex: 1 }} data-testid="inspection-accept">
                {t('inspections.signOff.accept')}
              </Button>
              <Button icon={<RollbackOutlined />} loading={busy} onClick={onReturn} style={{ flex: 1 }} data-testid="inspection-return">
                {t('inspections.signOff.return')}
              </Button>
            </Flex>
          </>
        ) : null}
        {inspection.status === 'closed' && findingCount > 0 ? (
          <Link to={`/findings?platform=${encodeURIComponent(inspection.platformId)}`} data-testid="inspection-findings-link">
            {t('inspections.signOff.findingsLink')}
          </Link>
        ) : null}
        <Steps steps={inspection.signOff} />
      </Flex>
    </Card>
  )
}
