// The decision history of a finding as a timeline: found by the rules, then each confirm, dismiss and
// reopen with who, when and the reason — read live from the audit log.
import { Timeline, Typography } from 'antd'
import dayjs from 'dayjs'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import type { Finding } from '@shared/domain/findings'
import { useDesk } from '@renderer/app/desk'
import { decisionHistory, type HistoryKind } from './history'

const COLOUR: Record<HistoryKind, string> = { found: 'gray', confirm: 'red', dismiss: 'green', reopen: 'blue' }

export function DecisionHistory({ finding }: { finding: Finding }) {
  const { t } = useTranslation()
  const { db } = useDesk()
  const entries = useLiveQuery(() => db.auditLog.where('entityId').equals(finding.id).toArray(), [db, finding.id])
  const events = decisionHistory(finding, entries ?? [])

  return (
    <div data-testid="finding-history">
      <Typography.Title level={5} style={{ marginTop: 0 }}>{t('findings.history.title')}</Typography.Title>
      <Timeline
        items={events.map((e, i) => ({
          key: `${e.kind}-${i}`,
          color: COLOUR[e.kind],
          content: (
            <div data-testid="finding-history-event" data-kind={e.kind}>
              <Typography.Text strong>{t(`findings.history.${e.kind}`)}</Typography.Text>
              <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
                {e.kind === 'found'
                  ? dayjs(e.at).format('YYYY-MM-DD HH:mm')
                  : t('findings.history.by', { actor: e.actor || t('findings.history.unknownActor'), at: dayjs(e.at).format('YYYY-MM-DD HH:mm') })}
              </Typography.Text>
              {e.reason ? (
                <div>
                  <Typography.Text>{t(e.kind === 'dismiss' ? 'findings.history.reason' : 'findings.history.note', { reason: e.reason, note: e.reason })}</Typography.Text>
                </div>
              ) : null}
            </div>
          ),
        }))}
      />
    </div>
  )
}
