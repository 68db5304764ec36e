// English: the audit log page and the names of recorded actions.
import type { Translation } from '../types'
import type { audit as zh } from '../zh-CN/audit'

export const audit: Translation<typeof zh> = {
  title: 'Audit log',
  intro: 'Every change is recorded with who made it, when and what it changed, in a hash chain: altering, removing or reordering any entry shows up on verification.',
  seq: 'No.',
  at: 'Time',
  actor: 'By',
  action: 'Action',
  object: 'Object',
  changes: 'Changes',
  before: 'Before',
  after: 'After',
  bulkAdd: '{{count}} records added to {{table}}',
  bulkPut: '{{count}} records replaced in {{table}}',
  bulkDelete: '{{count}} records removed from {{table}}',
  verify: 'Verify integrity',
  verifying: 'Verifying the audit log',
  verifyPhase: 'Verifying entry {{n}}',
  verifiedOk: 'Verified: all {{count}} entries are intact',
  verifiedBroken: 'Verification failed: entry {{seq}} was altered or its link is broken',
  unknownActor: '(not set)',
  total: '{{count}} entries',
  actions: {
    platform: { create: 'Platform created', update: 'Platform edited', archive: 'Platform archived', restore: 'Platform restored' },
    catalogue: { builtIn: 'Built-in catalogue loaded', create: 'Catalogue version created', import: 'Catalogue imported' },
    report: { commit: 'Report imported', rollback: 'Import rolled back' },
    settings: { update: 'Settings changed' },
    findings: { run: 'Rule checks run' },
    finding: { confirm: 'Finding confirmed', dismiss: 'Finding dismissed', reopen: 'Finding reopened' },
    demo: { load: 'Demo data loaded' },
  },
}
