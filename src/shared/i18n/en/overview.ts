// English: the overview (home dashboard).
import type { Translation } from '../types'
import type { overview as zh } from '../zh-CN/overview'

export const overview: Translation<typeof zh> = {
  title: 'Overview',
  subtitle: 'From the totals of the reports platforms submitted',
  period: 'Period',
  allPeriods: 'All periods',
  quarter: { q1: 'Q1 {{year}}', q2: 'Q2 {{year}}', q3: 'Q3 {{year}}', q4: 'Q4 {{year}}' },
  kpi: {
    platforms: 'Platforms overseen',
    platformsHint: '{{n}} reported for this period',
    reports: 'Reports for the period',
    reportsHint: 'Accounts, dispositions, earnings changes',
    dispositions: 'Dispositions',
    dispositionsHint: 'Counted by violation date',
    accounts: 'Personal-media accounts',
    accountsHint: 'Latest account report per platform',
  },
  charts: {
    byMonth: 'Dispositions per month, by platform',
    byViolation: 'By violation type',
    byMeasure: 'By measure',
    count: 'Records',
    none: 'No dispositions in this period',
  },
  table: {
    title: 'Reports by platform',
    platform: 'Platform',
    types: 'Types',
    reports: 'Reports',
    dispositions: 'Dispositions',
    accounts: 'Accounts',
    lastReceived: 'Last received',
    never: 'None yet',
  },
  empty: {
    title: 'No reports from platforms yet',
    hint: 'Register the platforms you oversee under "Platforms" first. Once their reports are imported, this page shows dispositions, violation types and each platform\'s reporting.',
    platforms: 'Go to Platforms',
  },
}
