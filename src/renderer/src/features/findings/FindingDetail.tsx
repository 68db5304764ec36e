// One finding in a drawer over the list (`findings/:id`): the rule, the requirement and the notice's own
// words for it (from the catalogue in force), the explanation, the decisions taken so far, and the evidence
// records with their report files and lines. The decision buttons sit in the drawer's header.
import { Alert, Descriptions, Divider, Drawer, Empty, Flex, Spin, Typography } from 'antd'
import dayjs from 'dayjs'
import { useTranslation } from 'react-i18next'
import type { Catalogue } from '@shared/catalogue/types'
import type { Finding } from '@shared/domain/findings'
import { articleOf } from '@shared/scorecard/articles'
import { DecisionActions } from './DecisionActions'
import { DecisionHistory } from './DecisionHistory'
import { InspectionFindingEvidence } from '@renderer/features/inspections/FindingEvidence'
import { EvidenceList } from './EvidenceList'
import { AccountCell } from './FindingsTable'
import { articleLabel, explanationOf, FindingStatusTag, ruleName, SeverityTag } from './labels'

interface Props {
  open: boolean
  /** undefined while loading; null when the finding does not exist */
  finding: Finding | null | undefined
  catalogue: Catalogue
  platformNames: ReadonlyMap<string, string>
  onClose: () => void
}

const QUOTE = { borderInlineStart: '3px solid #c0392b', background: '#fbf6f3', padding: '8px 12px', margin: 0 } as const

function NoticeText({ finding, catalogue }: { finding: Finding; catalogue: Catalogue }) {
  const { t, i18n } = useTranslation()
  const requirement = catalogue.requirements.find((r) => r.id === finding.requirementId)
  const chinese = i18n.language.startsWith('zh')
  return (
    <div data-testid="finding-notice">
      <Typography.Title level={5} style={{ marginTop: 0 }}>{t('findings.detail.notice')}</Typography.Title>
      {requirement ? (
        <>
          <Typography.Paragraph style={QUOTE}>
            {chinese ? null : <span style={{ display: 'block', marginBottom: 4 }}>{requirement.summaryEn}</span>}
            <Typography.Text type={chinese ? undefined : 'secondary'}>{requirement.textZh}</Typography.Text>
          </Typography.Paragraph>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('findings.detail.noticeSource', { title: chinese ? catalogue.titleZh : catalogue.titleEn, version: catalogue.version })}
          </Typography.Text>
        </>
      ) : (
        <Typography.Text type="secondary">{t('findings.detail.noRequirement', { id: finding.requirementId })}</Typography.Text>
      )}
    </div>
  )
}

function Body({ finding: f, catalogue, platformNames }: { finding: Finding; catalogue: Catalogue; platformNames: ReadonlyMap<string, string> }) {
  const { t, i18n } = useTranslation()
  const article = articleOf(f.requirementId)
  const time = (iso: string) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : t('findings.none'))
  return (
    <Flex vertical gap={20} data-testid="finding-detail" data-id={f.id} data-rule={f.rule} data-status={f.status}>
      {f.stale ? <Alert type="warning" showIcon title={t('findings.staleHint')} /> : null}
      <div>
        <Typography.Title level={5} style={{ marginTop: 0 }}>{t('findings.detail.explanation')}</Typography.Title>
        <Typography.Paragraph style={{ ...QUOTE, borderInlineStartColor: '#d08c2b', background: '#fffaf0', fontSize: 15 }} data-testid="finding-explanation">
          {explanationOf(t, f)}
        </Typography.Paragraph>
      </div>
      <Descriptions
        size="small"
        bordered
        column={2}
        styles={{ label: { whiteSpace: 'nowrap', width: 110 } }}
        items={[
          {
            key: 'rule',
            label: t('findings.detail.rule'),
            span: 2,
            children: (
              <Flex gap={8} align="baseline" wrap>
                <span>{ruleName(t, f.rule)}</span>
                <Typography.Text type="secondary" code style={{ fontSize: 11 }}>
                  {f.rule}
                </Typography.Text>
              </Flex>
            ),
          },
          { key: 'article', label: t('findings.detail.article'), children: article === null ? t('findings.none') : articleLabel(article, catalogue.articles.find((a) => a.id === article), i18n.language) },
          { key: 'requirement', label: t('findings.detail.requirement'), children: f.requirementId },
          { key: 'platform', label: t('findings.detail.platform'), children: platformNames.get(f.platformId) ?? f.platformId },
          { key: 'account', label: t('findings.detail.account'), children: <AccountCell finding={f} /> },
          { key: 'period', label: t('findings.detail.period'), children: f.period },
          { key: 'severity', label: t('findings.detail.severity'), children: <SeverityTag severity={f.severity} /> },
          { key: 'status', label: t('findings.detail.status'), children: <FindingStatusTag finding={f} /> },
          { key: 'foundAt', label: t('findings.detail.foundAt'), children: time(f.createdAt) },
        ]}
      />
      <NoticeText finding={f} catalogue={catalogue} />
      <DecisionHistory finding={f} />
      <Divider style={{ margin: 0 }} />
      {f.source === 'inspection' ? (
        // an inspection's evidence is its checklist item and the files attached to it, not report rows
        <InspectionFindingEvidence finding={f} />
      ) : (
        <EvidenceList refs={f.evidence} platformId={f.platformId} platformNames={platformNames} />
      )}
    </Flex>
  )
}

export function FindingDetail({ open, finding, catalogue, platformNames, onClose }: Props) {
  const { t } = useTranslation()
  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={920}
      destroyOnHidden
      title={
        finding ? (
          <Flex gap={8} align="center">
            <SeverityTag severity={finding.severity} />
            <span>{ruleName(t, finding.rule)}</span>
          </Flex>
        ) : (
          t('findings.detail.title')
        )
      }
      extra={finding ? <DecisionActions finding={finding} /> : null}
    >
      {finding === null ? (
        <Empty description={t('findings.notFound')} />
      ) : finding ? (
        <Body finding={finding} catalogue={catalogue} platformNames={platformNames} />
      ) : (
        <Spin />
      )}
    </Drawer>
  )
}
