// The scorecard as a heat map: platforms as rows, the articles the rules cover as columns, each cell the
// findings per thousand dispositions (and their number), coloured against the table's highest rate. Every
// column sorts; a row chooses the platform whose trend is shown; a cell's count opens those findings.
import { Flex, Table, Tooltip, Typography, type TableColumnsType } from 'antd'
import type { HTMLAttributes } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Article } from '@shared/catalogue/types'
import { heatLevel, type MonthRange, type ScoreCell, type Scorecard, type ScoreRow } from '@shared/scorecard/scorecard'
import { writeFilters, DEFAULT_FILTERS } from '@renderer/features/findings/filters'
import { articleLabel } from '@renderer/features/findings/labels'
import { formatRate, heatStyle } from './heat'

interface Props {
  card: Scorecard
  articles: ReadonlyMap<string, Article>
  range: MonthRange
  selected: string | null
  onSelect: (platformId: string) => void
  loading: boolean
}

/** Rates sort with "no rate" below every rate, whichever way the column is sorted. */
const byRate = (a: ScoreCell | undefined, b: ScoreCell | undefined) => (a?.rate ?? -1) - (b?.rate ?? -1) || (a?.count ?? 0) - (b?.count ?? 0)

function findingsLink(platformId: string, article: string | null, range: MonthRange): string {
  return `/findings?${writeFilters({ ...DEFAULT_FILTERS, platformId, article, from: range.from, to: range.to }).toString()}`
}

function Cell({ row, article, cell, max, range, label }: { row: ScoreRow; article: string | null; cell: ScoreCell; max: number; range: MonthRange; label: string }) {
  const { t } = useTranslation()
  const level = heatLevel(cell.rate, max)
  const style = heatStyle(level)
  const rate = cell.rate === null ? t('findings.none') : t('findings.scorecard.rate', { rate: formatRate(cell.rate) })
  const title = cell.rate === null ? t('findings.scorecard.noRate') : t('findings.scorecard.cellTitle', { platform: row.platformName, article: label, n: cell.count, rate: formatRate(cell.rate) })
  return (
    <Tooltip title={title} mouseEnterDelay={0.4}>
      <div
        style={{ ...style, margin: '-6px -8px', padding: '6px 8px', textAlign: 'right', minHeight: 44 }}
        data-testid={article === null ? 'scorecard-total' : 'scorecard-cell'}
        data-platform={row.platformId}
        data-article={article ?? ''}
        data-rate={cell.rate === null ? '' : String(cell.rate)}
        data-count={cell.count}
        data-level={level}
      >
        {cell.count > 0 ? (
          <>
            <div style={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}>{rate}</div>
            <Link to={findingsLink(row.platformId, article, range)} onClick={(e) => e.stopPropagation()} style={{ color: style.color, fontSize: 12, textDecoration: 'underline' }}>
              {t('findings.scorecard.count', { n: cell.count })}
            </Link>
          </>
        ) : (
          // nothing found: a quiet zero, so that the cells with findings stand out
          <div style={{ color: 'rgba(0,0,0,0.25)', lineHeight: '32px' }}>{cell.rate === null ? t('findings.none') : 0}</div>
        )}
      </div>
    </Tooltip>
  )
}

export function ScorecardTable({ card, articles, range, selected, onSelect, loading }: Props) {
  const { t, i18n } = useTranslation()
  const maxTotal = Math.max(0, ...card.rows.map((r) => r.total.rate ?? 0))
  const columns: TableColumnsType<ScoreRow> = [
    {
      key: 'platform',
      title: t('findings.scorecard.platform'),
      width: 120,
      sorter: (a, b) => a.platformName.localeCompare(b.platformName, 'zh-CN'),
      // the chosen platform (whose trend is shown) is marked at the row's start
      onCell: (r) => ({ style: r.platformId === selected ? { boxShadow: 'inset 3px 0 0 #c0392b', background: '#fff7e6' } : {} }),
      render: (_, r) => <Typography.Text strong={r.platformId === selected}>{r.platformName}</Typography.Text>,
    },
    {
      key: 'dispositions',
      title: t('findings.scorecard.dispositions'),
      align: 'right',
      width: 116,
      sorter: (a, b) => a.dispositions - b.dispositions,
      onHeaderCell: () => ({ style: { whiteSpace: 'nowrap' } }),
      render: (_, r) => r.dispositions.toLocaleString(),
    },
    ...card.articles.map((a) => {
      const label = articleLabel(a, articles.get(a), i18n.language)
      const title = articles.get(a)
      return {
        key: a,
        title: (
          <Tooltip title={label}>
            <Flex vertical style={{ lineHeight: 1.3 }}>
              <span>{a}</span>
              <Typography.Text type="secondary" ellipsis style={{ fontSize: 11, fontWeight: 'normal', maxWidth: 96 }}>
                {title ? (i18n.language.startsWith('zh') ? title.titleZh : title.titleEn) : ''}
              </Typography.Text>
            </Flex>
          </Tooltip>
        ),
        align: 'right' as const,
        width: 108,
        sorter: (x: ScoreRow, y: ScoreRow) => byRate(x.byArticle[a], y.byArticle[a]),
        render: (_: unknown, r: ScoreRow) => {
          const cell = r.byArticle[a]
          return cell ? <Cell row={r} article={a} cell={cell} max={card.maxRate} range={range} label={label} /> : null
        },
      }
    }),
    {
      key: 'total',
      title: t('findings.scorecard.total'),
      align: 'right',
      width: 112,
      defaultSortOrder: 'descend',
      sorter: (a, b) => byRate(a.total, b.total),
      render: (_, r) => <Cell row={r} article={null} cell={r.total} max={maxTotal} range={range} label={t('findings.scorecard.total')} />,
    },
  ]

  return (
    <Table<ScoreRow>
      rowKey="platformId"
      size="small"
      bordered
      columns={columns}
      dataSource={card.rows}
      loading={loading}
      pagination={false}
      tableLayout="fixed"
      scroll={{ x: 1100 }}
      sortDirections={['descend', 'ascend']}
      showSorterTooltip={false}
      locale={{ emptyText: t('findings.scorecard.empty') }}
      onRow={(r) =>
        ({
          onClick: () => onSelect(r.platformId),
          style: { cursor: 'pointer' },
          'data-testid': 'scorecard-row',
          'data-platform': r.platformId,
          'data-selected': r.platformId === selected,
        }) as HTMLAttributes<HTMLElement>
      }
      data-testid="scorecard-table"
    />
  )
}
