// 问题清单: every finding the rule checks made, filtered (the filters live in the address), with the counts
// per severity, the "run the rule checks" button and what the last run changed, and a finding's detail in a
// drawer at `findings/:id`. Before any report is imported the page says how to begin instead.
import { CloudUploadOutlined } from '@ant-design/icons'
import { Badge, Button, Empty, Flex, Tag, Typography } from 'antd'
import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams, useSearchParams } from 'react-router'
import type { Finding, Severity } from '@shared/domain/findings'
import { emitSignal } from '@renderer/app/signals'
import { applyFilters, DEFAULT_FILTERS, readFilters, SEVERITIES, writeFilters, type FindingFilters } from './filters'
import { FindingDetail } from './FindingDetail'
import { FindingFilterBar } from './FindingFilterBar'
import { FindingsTable } from './FindingsTable'
import { useArticles, useCatalogueInForce, useCommittedReports, useFinding, useFindingCount, useFindings, usePlatformList } from './hooks'
import { RunButton, RunResult, useRuleRun } from './RuleRun'
import type { ChecksRunner } from './run-client'

const SEVERITY_DOT: Record<Severity, string> = { high: '#cf1322', medium: '#d46b08', low: '#1677ff' }

function SeverityCounts({ counts, selected, onSelect }: { counts: Record<Severity, number>; selected: Severity | null; onSelect: (s: Severity | null) => void }) {
  const { t } = useTranslation()
  return (
    <Flex gap={4} align="center" data-testid="findings-severity-counts">
      {SEVERITIES.map((s) => (
        <Tag.CheckableTag
          key={s}
          checked={selected === s}
          onChange={(on) => onSelect(on ? s : null)}
          style={{ fontSize: 13, padding: '2px 10px', border: selected === s ? undefined : '1px solid rgba(5,5,5,0.08)' }}
          data-testid="findings-severity-count"
          data-severity={s}
          data-count={counts[s]}
        >
          <Badge color={SEVERITY_DOT[s]} style={{ marginInlineEnd: 6 }} />
          {t('findings.severityLabel', { label: t(`domain.severity.${s}`) })}
          <strong style={{ marginInlineStart: 6, fontVariantNumeric: 'tabular-nums' }}>{counts[s].toLocaleString()}</strong>
        </Tag.CheckableTag>
      ))}
    </Flex>
  )
}

export function FindingsPage({ runner }: { runner: ChecksRunner }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const { id } = useParams()
  const [params, setParams] = useSearchParams()
  const search = params.toString()
  const filters = useMemo(() => readFilters(new URLSearchParams(search)), [search])
  const findings = useFindings(filters.statuses)
  const stored = useFindingCount()
  const reports = useCommittedReports()
  const platforms = usePlatformList()
  const catalogue = useCatalogueInForce()
  const articles = useArticles()
  const selected = useFinding(id)
  const run = useRuleRun(runner)
  const platformNames = useMemo(() => new Map((platforms ?? []).map((p) => [p.id, p.name])), [platforms])
  const platformOptions = useMemo(() => [...(platforms ?? [])].filter((p) => !p.archived).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')), [platforms])
  const filtered = useMemo(() => (findings ? applyFilters(findings, filters) : undefined), [findings, filters])
  // the page number belongs to one set of filters: a change of filters starts again at page 1
  const [paging, setPaging] = useState({ search, current: 1, size: 50 })
  const page = { current: paging.search === search ? paging.current : 1, size: paging.size }

  useEffect(() => {
    if (filtered) emitSignal('findings-ready', { total: filtered.shown.length })
  }, [filtered])

  const setFilters = (next: FindingFilters) => setParams(writeFilters(next))
  const suffix = search ? `?${search}` : ''
  const open = (f: Finding) => void navigate(`/findings/${encodeURIComponent(f.id)}${suffix}`)
  const close = () => void navigate(`/findings${suffix}`)

  const header = (
    <Flex justify="space-between" align="flex-start" gap={16} wrap>
      <div>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('findings.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('findings.subtitle')}</Typography.Text>
      </div>
      {reports && reports.length > 0 ? <RunButton run={run} /> : null}
    </Flex>
  )

  if (reports?.length === 0 && stored === 0) {
    return (
      <Flex vertical gap={16}>
        {header}
        <Empty description={t('findings.empty.noReports')} style={{ marginTop: 64 }} data-testid="findings-empty">
          <Typography.Paragraph type="secondary">{t('findings.empty.noReportsHint')}</Typography.Paragraph>
          <Button type="primary" icon={<CloudUploadOutlined />} onClick={() => void navigate('/import')}>
            {t('findings.empty.goImport')}
          </Button>
        </Empty>
      </Flex>
    )
  }

  return (
    <Flex vertical gap={12}>
      {header}
      <RunResult run={run} />
      {stored === 0 ? (
        <Empty description={t('findings.empty.notRun')} style={{ marginTop: 48 }} data-testid="findings-not-run">
          <Typography.Paragraph type="secondary">{t('findings.empty.notRunHint')}</Typography.Paragraph>
        </Empty>
      ) : (
        <>
          <FindingFilterBar filters={filters} onChange={setFilters} platforms={platformOptions} articles={articles}>
            <Button type="link" onClick={() => setFilters(DEFAULT_FILTERS)} disabled={search === ''} style={{ paddingInline: 4 }}>
              {t('findings.filters.reset')}
            </Button>
          </FindingFilterBar>
          <Flex gap={12} align="center" wrap>
            <SeverityCounts counts={filtered?.severityCounts ?? { high: 0, medium: 0, low: 0 }} selected={filters.severity} onSelect={(severity) => setFilters({ ...filters, severity })} />
            <Typography.Text type="secondary" style={{ marginInlineStart: 'auto' }} data-testid="findings-total">
              {t('findings.total', { n: (filtered?.shown.length ?? 0).toLocaleString() })}
            </Typography.Text>
          </Flex>
          <FindingsTable
            findings={filtered?.shown}
            platformNames={platformNames}
            articles={articles}
            page={page}
            onPage={(current, size) => setPaging({ search, current: size === page.size ? current : 1, size })}
            onOpen={open}
            emptyText={t('findings.empty.none')}
          />
        </>
      )}
      <FindingDetail open={id !== undefined} finding={id === undefined ? undefined : selected} catalogue={catalogue} platformNames={platformNames} onClose={close} />
      {run.modal}
    </Flex>
  )
}
