// Step 3, the validation's outcome: the counts, the report's period and received date (editable), the
// rejected rows with their export, and a preview of the accepted rows. Committing happens from the page's
// action bar with the period entered here.
import { DownloadOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Col, DatePicker, Dropdown, Flex, Form, Row, Space, Statistic, Tag, Typography, theme } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useTranslation } from 'react-i18next'
import { AcceptedTable } from './AcceptedTable'
import type { StageSummary } from './protocol'
import { RejectedTable } from './RejectedTable'

export interface PeriodInput {
  start: Dayjs | null
  end: Dayjs | null
  received: Dayjs | null
}

export function initialPeriod(staged: StageSummary): PeriodInput {
  return {
    start: staged.period ? dayjs(staged.period.start) : null,
    end: staged.period ? dayjs(staged.period.end) : null,
    received: dayjs(),
  }
}

/** The message key for what is wrong with the period, or null. */
export function periodProblem(p: PeriodInput): 'import.report.periodRequired' | 'import.report.periodOrder' | null {
  if (!p.start || !p.end || !p.received) return 'import.report.periodRequired'
  if (p.end.isBefore(p.start, 'day')) return 'import.report.periodOrder'
  return null
}

interface Props {
  staged: StageSummary
  period: PeriodInput
  onPeriod: (period: PeriodInput) => void
  onExport: (format: 'csv' | 'xlsx') => void
}

export function StagedStep({ staged, period, onPeriod, onExport }: Props) {
  const { t } = useTranslation()
  const { token } = theme.useToken()
  const n = (v: number) => v.toLocaleString()
  const problem = periodProblem(period)
  const sourceHint = t(
    staged.periodSource === 'title'
      ? 'import.report.periodFromTitle'
      : staged.periodSource === 'fileName'
        ? 'import.report.periodFromFileName'
        : staged.periodSource === 'rows'
          ? 'import.report.periodFromRows'
          : 'import.report.periodUnknown',
  )

  return (
    <Flex vertical gap={16}>
      {staged.sameFile ? (
        <Alert
          type="warning"
          showIcon
          title={t('import.sameFile', { name: staged.sameFile.fileName, date: dayjs(staged.sameFile.importedAt).format('YYYY-MM-DD HH:mm') })}
          data-testid="import-same-file"
        />
      ) : null}
      <Card size="small" title={t('import.counts.title')}>
        <Row gutter={[24, 16]} data-testid="import-counts" data-rows={staged.rows} data-accepted={staged.accepted} data-rejected={staged.rejected} data-duplicates={staged.duplicates}>
          <Col xs={12} md={4}>
            <Statistic title={t('import.counts.rows')} value={n(staged.rows)} />
          </Col>
          <Col xs={12} md={5}>
            <Statistic title={t('import.counts.accepted')} value={n(staged.accepted)} styles={{ content: { color: token.colorSuccess } }} />
            {staged.kind === 'dispositions' ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('import.counts.acceptedDetail')}
              </Typography.Text>
            ) : null}
          </Col>
          <Col xs={12} md={5}>
            <Statistic title={t('import.counts.rejected')} value={n(staged.rejected)} styles={{ content: staged.rejected > 0 ? { color: token.colorError } : {} }} />
          </Col>
          <Col xs={12} md={5}>
            <Statistic title={t('import.counts.duplicates')} value={n(staged.duplicates)} styles={{ content: staged.duplicates > 0 ? { color: token.colorWarning } : {} }} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('import.counts.duplicatesDetail')}
            </Typography.Text>
          </Col>
          <Col xs={12} md={5}>
            <Statistic title={t('import.counts.skipped')} value={n(staged.skipped.blank + staged.skipped.footer)} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('import.counts.skippedDetail', { blank: staged.skipped.blank, footer: staged.skipped.footer })}
            </Typography.Text>
          </Col>
        </Row>
      </Card>

      <Card size="small" title={t('import.report.title')}>
        <Form layout="inline" style={{ rowGap: 8 }}>
          <Form.Item label={t('import.report.period')} required validateStatus={problem === 'import.report.periodOrder' || !period.start || !period.end ? 'error' : undefined}>
            <Space>
              <DatePicker value={period.start} onChange={(start: Dayjs | null) => onPeriod({ ...period, start })} allowClear={false} aria-label={t('import.report.periodStart')} data-testid="import-period-start" />
              <Typography.Text type="secondary">{t('import.report.periodTo')}</Typography.Text>
              <DatePicker value={period.end} onChange={(end: Dayjs | null) => onPeriod({ ...period, end })} allowClear={false} aria-label={t('import.report.periodEnd')} data-testid="import-period-end" />
            </Space>
          </Form.Item>
          <Form.Item label={t('import.report.receivedOn')} required validateStatus={period.received ? undefined : 'error'}>
            <DatePicker value={period.received} onChange={(received: Dayjs | null) => onPeriod({ ...period, received })} allowClear={false} data-testid="import-received-on" />
          </Form.Item>
        </Form>
        <Typography.Text type={problem ? 'danger' : 'secondary'} style={{ fontSize: 12, display: 'block', marginTop: 8 }}>
          {problem ? t(problem) : sourceHint}
        </Typography.Text>
      </Card>

      <Card
        size="small"
        title={
          <Flex gap={8} align="center">
            {t('import.rejected.title')}
            <Tag color={staged.errorCount > 0 ? 'error' : 'success'}>{t('import.rejected.problems', { n: n(staged.errorCount) })}</Tag>
          </Flex>
        }
        extra={
          <Dropdown
            disabled={staged.errorCount === 0}
            trigger={['click']}
            menu={{
              items: [
                { key: 'csv', label: t('import.actions.exportCsv'), 'data-testid': 'import-export-csv' },
                { key: 'xlsx', label: t('import.actions.exportXlsx'), 'data-testid': 'import-export-xlsx' },
              ],
              onClick: ({ key }) => onExport(key === 'xlsx' ? 'xlsx' : 'csv'),
            }}
          >
            <Button size="small" icon={<DownloadOutlined />} disabled={staged.errorCount === 0} data-testid="import-export-rejected">
              {t('import.actions.exportRejected')}
            </Button>
          </Dropdown>
        }
      >
        {staged.errorCount > staged.errors.length ? (
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            {t('import.rejected.shown', { shown: n(staged.errors.length), total: n(staged.errorCount) })}
          </Typography.Paragraph>
        ) : null}
        <RejectedTable kind={staged.kind} errors={staged.errors} />
      </Card>

      <Card size="small" title={t('import.accepted.title')} extra={<Tag variant="filled">{t('import.accepted.hint', { n: staged.preview.length })}</Tag>}>
        <AcceptedTable kind={staged.kind} rows={staged.preview} />
      </Card>
    </Flex>
  )
}
