// What a user can decide about a finding: 确认 (with an optional note), 排除 (a reason is required — the
// service refuses without one, and its message is shown under the field) and 重新打开. A stale finding
// cannot be confirmed (the data no longer shows it) but can still be dismissed or reopened; findings in
// rectification are decided in that process, not here: the drawer links to their order, and 发起整改 starts
// one (see features/rectifications/FindingRectification).
import { CheckOutlined, RollbackOutlined, StopOutlined } from '@ant-design/icons'
import { App, Button, Form, Input, Modal, Space, Tooltip } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Finding } from '@shared/domain/findings'
import { useDesk } from '@renderer/app/desk'
import { session } from '@renderer/app/session'
import { emitSignal } from '@renderer/app/signals'
import { UserError } from '@renderer/db/data-layer'
import { FindingOrderLink, FindingRectifyButton } from '@renderer/features/rectifications/FindingRectification'
import { confirmFinding, dismissFinding, reopenFinding } from './service'

type Mode = 'confirm' | 'dismiss'

export function DecisionActions({ finding }: { finding: Finding }) {
  const { t } = useTranslation()
  const { data } = useDesk()
  const { message } = App.useApp()
  const [mode, setMode] = useState<Mode | null>(null)
  const [text, setText] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [working, setWorking] = useState(false)

  const open = (next: Mode) => {
    setMode(next)
    setText('')
    setError(null)
  }

  const act = async (action: 'confirm' | 'dismiss' | 'reopen') => {
    setWorking(true)
    try {
      const by = session.actor().name
      if (action === 'confirm') await confirmFinding(data, finding.id, by, text)
      else if (action === 'dismiss') await dismissFinding(data, finding.id, by, text)
      else await reopenFinding(data, finding.id)
      setMode(null)
      void message.success(t(action === 'confirm' ? 'findings.actions.confirmed' : action === 'dismiss' ? 'findings.actions.dismissed' : 'findings.actions.reopened'))
      emitSignal('saved', { action: `finding.${action}`, id: finding.id })
    } catch (e) {
      const problem = e instanceof UserError ? t(e.userMessage.key, e.userMessage.params) : t('common.error')
      if (mode === null) void message.error(problem)
      else setError(problem)
    } finally {
      setWorking(false)
    }
  }

  if (finding.status === 'rectifying' || finding.status === 'closed') {
    return <FindingOrderLink finding={finding} fallback={t('findings.actions.inRectification')} />
  }

  const confirmButton = (
    <Button type="primary" icon={<CheckOutlined />} disabled={finding.stale} onClick={() => open('confirm')} data-testid="finding-confirm">
      {t('findings.actions.confirm')}
    </Button>
  )
  return (
    <Space>
      <FindingRectifyButton finding={finding} />
      {finding.status === 'open' ? finding.stale ? <Tooltip title={t('findings.actions.staleNoConfirm')}>{confirmButton}</Tooltip> : confirmButton : null}
      {finding.status !== 'dismissed' ? (
        <Button danger icon={<StopOutlined />} onClick={() => open('dismiss')} data-testid="finding-dismiss">
          {t('findings.actions.dismiss')}
        </Button>
      ) : null}
      {finding.status !== 'open' ? (
        <Button icon={<RollbackOutlined />} loading={working && mode === null} onClick={() => void act('reopen')} data-testid="finding-reopen">
          {t('findings.actions.reopen')}
        </Button>
      ) : null}
      <Modal
        open={mode !== null}
        title={t(mode === 'dismiss' ? 'findings.actions.dismissTitle' : 'findings.actions.confirmTitle')}
        okText={t(mode === 'dismiss' ? 'findings.actions.dismiss' : 'findings.actions.confirm')}
        okButtonProps={{ danger: mode === 'dismiss', loading: working, 'data-testid': mode === 'dismiss' ? 'finding-dismiss-ok' : 'finding-confirm-ok' }}
        cancelText={t('common.cancel')}
        onOk={() => void act(mode ?? 'confirm')}
        onCancel={() => setMode(null)}
        destroyOnHidden
      >
        <Form layout="vertical">
          <Form.Item
            label={t(mode === 'dismiss' ? 'findings.actions.dismissReason' : 'findings.actions.confirmNote')}
            required={mode === 'dismiss'}
            validateStatus={error ? 'error' : undefined}
            help={error ? <span data-testid="finding-decision-error">{error}</span> : undefined}
          >
            <Input.TextArea
              rows={3}
              maxLength={500}
              showCount
              value={text}
              onChange={(e) => {
                setText(e.target.value)
                setError(null)
              }}
              placeholder={t(mode === 'dismiss' ? 'findings.actions.dismissReasonPlaceholder' : 'findings.actions.confirmNotePlaceholder')}
              data-testid={mode === 'dismiss' ? 'finding-dismiss-reason' : 'finding-confirm-note'}
              autoFocus
            />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  )
}
