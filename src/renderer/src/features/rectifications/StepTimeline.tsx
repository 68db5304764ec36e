// An order's history, oldest first: issued, each report with its files (to save again, with their hash),
// each re-check, escalation, and the close — with who recorded it and when.
import { PaperClipOutlined } from '@ant-design/icons'
import { Button, Flex, Timeline, Tooltip, Typography } from 'antd'
import dayjs from 'dayjs'
import { useTranslation } from 'react-i18next'
import type { Rectification, RectificationStep } from '@shared/domain/findings'
import type { Attachment } from '@renderer/db/database'
import { useHost } from '@renderer/host'
import { useReportFiles } from './hooks'
import { stepDate, stepLabel } from './labels'

// explicit colours: the theme's primary colour is red, which the named ones would follow
const BLUE = '#1677ff'
const GREEN = '#389e0d'
const RED = '#cf1322'
const COLOUR: Record<RectificationStep['kind'], string> = { issued: BLUE, report: BLUE, recheck: GREEN, escalation: RED, closed: GREEN }

function colourOf(step: RectificationStep): string {
  return step.kind === 'recheck' && step.result === 'failed' ? RED : COLOUR[step.kind]
}

function Files({ ids, files }: { ids: readonly string[]; files: ReadonlyMap<string, Attachment> }) {
  const host = useHost()
  return (
    <Flex vertical gap={2}>
      {ids.map((id) => {
        const file = files.get(id)
        if (!file) return null
        return (
          <Tooltip key={id} title={`SHA-256 ${file.sha256}`}>
            <Button
              type="link"
              size="small"
              icon={<PaperClipOutlined />}
              style={{ paddingInline: 0, alignSelf: 'flex-start' }}
              onClick={() => void host.saveFile({ title: file.name, suggestedName: file.name, filters: [], data: file.data })}
              data-testid="rectification-file"
            >
              {`${file.name} (${(file.size / 1024).toFixed(1)} KB)`}
            </Button>
          </Tooltip>
        )
      })}
    </Flex>
  )
}

export function StepTimeline({ order }: { order: Rectification }) {
  const { t } = useTranslation()
  const files = new Map((useReportFiles(order) ?? []).map((f) => [f.id, f]))
  return (
    <Timeline
      data-testid="rectification-history"
      items={order.steps.map((step, i) => ({
        key: i,
        color: colourOf(step),
        content: (
          <Flex vertical gap={2} data-testid="rectification-step" data-kind={step.kind}>
            <Typography.Text strong>{`${stepDate(step)}  ${stepLabel(t, step, order.issuingOffice)}`}</Typography.Text>
            {step.kind === 'report' ? <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{step.summary}</Typography.Paragraph> : null}
            {step.kind !== 'issued' && step.kind !== 'report' && step.notes ? (
              <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{step.notes}</Typography.Paragraph>
            ) : null}
            {step.kind === 'report' && step.attachmentIds.length > 0 ? <Files ids={step.attachmentIds} files={files} /> : null}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('rectifications.step.recordedBy', { by: step.recordedBy || t('audit.unknownActor'), at: dayjs(step.at).format('YYYY-MM-DD HH:mm') })}
            </Typography.Text>
          </Flex>
        ),
      }))}
    />
  )
}
