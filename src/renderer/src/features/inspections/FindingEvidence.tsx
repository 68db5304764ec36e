// The evidence of a finding that came from an inspection, for the finding's detail: the checklist item it
// was made from (its result and notes, a link to the inspection) and the item's evidence, hashed again on
// opening like on the inspection's own page. A rule finding's evidence is report rows; this one's is an
// inspection item id followed by attachment ids (see @shared/inspections/findings).
import { Alert, Card, Flex, Spin, Typography } from 'antd'
import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Finding } from '@shared/domain/findings'
import { useDesk } from '@renderer/app/desk'
import type { Attachment } from '@renderer/db/database'
import { AttachmentCard } from './AttachmentCard'
import { ResultTag } from './labels'
import { useVerification } from './useVerification'

export function InspectionFindingEvidence({ finding }: { finding: Pick<Finding, 'evidence' | 'inspectionId'> }) {
  const { t } = useTranslation()
  const { db } = useDesk()
  const [itemId = '', ...attachmentIds] = finding.evidence
  const key = attachmentIds.join('\n')
  const read = useLiveQuery(async () => {
    const item = (await db.inspectionItems.get(itemId)) ?? null
    const inspection = (await db.inspections.get(item?.inspectionId ?? finding.inspectionId ?? '')) ?? null
    const attachments = key === '' ? [] : (await db.attachments.bulkGet(key.split('\n'))).filter((a): a is Attachment => a !== undefined)
    return { item, inspection, attachments }
  }, [db, itemId, key, finding.inspectionId])
  const attachments = useMemo(() => read?.attachments, [read])
  const verification = useVerification(attachments)

  if (read === undefined) return <Spin size="small" />
  const { item, inspection } = read
  return (
    <div data-testid="finding-inspection-evidence">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('inspections.evidence.title', { count: read.attachments.length })}
      </Typography.Title>
      {item === null ? (
        <Alert type="warning" showIcon title={t('inspections.evidence.missing')} />
      ) : (
        <Card
          size="small"
          title={inspection ? t('inspections.evidence.from', { title: inspection.title }) : item.inspectionId}
          extra={inspection ? <Link to={`/inspections/${encodeURIComponent(inspection.id)}`}>{t('inspections.evidence.open')}</Link> : null}
        >
          <Flex vertical gap={10}>
            <Flex gap={8} align="baseline">
              <Typography.Text type="secondary">{t('inspections.evidence.result')}</Typography.Text>
              <ResultTag result={item.result} />
            </Flex>
            {item.notes ? (
              <Flex gap={8} align="baseline">
                <Typography.Text type="secondary" style={{ flex: 'none' }}>
                  {t('inspections.evidence.notes')}
                </Typography.Text>
                <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{item.notes}</Typography.Text>
              </Flex>
            ) : null}
            {read.attachments.length > 0 ? (
              <Flex gap={8} wrap>
                {read.attachments.map((a) => (
                  <AttachmentCard key={a.id} attachment={a} verification={verification.get(a.id) ?? 'checking'} editable={false} />
                ))}
              </Flex>
            ) : null}
          </Flex>
        </Card>
      )}
    </div>
  )
}
