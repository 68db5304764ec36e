// English: the first-run screen and the demo loader's progress messages.
import type { Translation } from '../types'
import type { welcome as zh } from '../zh-CN/welcome'

export const welcome: Translation<typeof zh> = {
  title: 'Personal-Media Oversight Desk',
  tagline: 'Oversight of personal media for internet information offices',
  intro: 'Hold the platforms in your jurisdiction to the 13 articles of the CAC notice on strengthening the management of "personal media".',
  intro2: 'Import the account, disposition and earnings reports platforms submit, let rule checks find what is wrong, run inspections, follow rectification through and compile typical cases.',
  features: {
    articles: { title: '13 articles', text: 'The notice broken down into checkable requirements' },
    reports: { title: 'Report import', text: 'Accounts, dispositions, earnings changes' },
    rules: { title: 'Rule checks', text: 'Silencing and earnings, account limits, MCNs, cross-platform' },
    inspections: { title: 'Inspections', text: 'Offline field audits with evidence per item' },
    rectification: { title: 'Rectification', text: 'Orders with deadlines, re-checks, escalation' },
    cases: { title: 'Typical cases', text: 'Compiled into the warning-and-education column' },
  },
  formTitle: 'Get started',
  formHint: 'The audit log records this with every change; you can also fill it in later under Settings.',
  name: 'Name',
  namePlaceholder: 'e.g. Zhang Ming',
  office: 'Office',
  officePlaceholder: 'e.g. City CAC office, network management division',
  loadDemo: 'Load demo data',
  loadDemoHint: 'Third-quarter 2026 reports from {{platforms}} fictional platforms, with a number of problems for the rule checks to find — a good way to learn the desk.',
  startEmpty: 'Start empty',
  startEmptyHint: 'Load nothing; register platforms and import reports yourself later.',
  or: 'or',
  offline: 'Everything stays on this computer: nothing goes online.',
  demo: {
    title: 'Loading demo data',
    phaseGenerating: 'Generating the demo data…',
    phasePreparing: 'Preparing the reports…',
    phasePlatforms: 'Writing the platforms…',
    phaseReport: 'Writing {{name}}',
    phaseSaving: 'Saving…',
    loaded: 'Demo data loaded: {{platforms}} platforms, {{reports}} reports, {{rows}} records',
    cancelled: 'Cancelled; nothing was written',
    failed: 'The demo data could not be loaded: {{detail}}',
  },
}
