// Step 4, done: what was stored, what the rule checks found in it, a link to the report in 报送记录, and the
// way on (the next file of the batch, or another import).
import { Button, Result, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { Report } from '@shared/domain/report'
import type { RuleRunResult } from '@renderer/features/findings/run-checks'

interface Props {
  report: Report
  rules: RuleRunResult | null
  platformName: string
  nextFile: File | undefined
  onNext: () => void
}

export function DoneStep({ report, rules, platformName, nextFile, onNext }: Props) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const n = (v: number) => v.toLocaleString()
  return (
    <Result
      status="success"
      title={t('import.done.title')}
      subTitle={t('import.done.summary', {
        platform: platformName,
        kind: t(`domain.reportKind.${report.kind}`),
        start: report.periodStart,
        end: report.periodEnd,
        accepted: n(report.counts.accepted),
        rejected: n(report.counts.rejected),
        duplicates: n(report.counts.duplicates),
      })}
      extra={[
        <Button key="report" onClick={() => void navigate(`/reports/${report.id}`)} data-testid="import-view-report">
          {t('import.actions.viewReport')}
        </Button>,
        <Button key="next" type="primary" onClick={onNext} data-testid="import-next">
          {nextFile ? `${t('import.queue.next')} · ${nextFile.name}` : t('import.actions.importMore')}
        </Button>,
      ]}
      data-testid="import-done"
      data-report-id={report.id}
    >
      {rules && (
        <Typography.Paragraph style={{ textAlign: 'center', marginBottom: 0 }} data-testid="import-rules" data-findings={rules.findings} data-added={rules.added}>
          {t('import.done.rules', { findings: n(rules.findings), added: n(rules.added) })}{' '}
          <Typography.Link onClick={() => void navigate('/findings')}>{t('import.actions.viewFindings')}</Typography.Link>
        </Typography.Paragraph>
      )}
    </Result>
  )
}
