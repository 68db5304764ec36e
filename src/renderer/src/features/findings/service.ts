// What users decide about findings: confirm, dismiss with a reason, reopen. Each decision is an audited
// write, and it is kept across re-runs of the rules (see @shared/rules/merge).
import type { Finding } from '@shared/domain/findings'
import { UserError, type DataLayer } from '@renderer/db/data-layer'

async function decide(data: DataLayer, id: string, action: 'finding.confirm' | 'finding.dismiss' | 'finding.reopen', change: (f: Finding) => Finding): Promise<Finding> {
  return data.write({ action, entity: 'finding', entityId: id, summary: id }, ['findings'], async (tx) => {
    const finding = await tx.get('findings', id)
    if (!finding) throw new UserError({ key: 'findings.notFound' })
    const next = change(finding)
    await tx.put('findings', next)
    return next
  })
}

export function confirmFinding(data: DataLayer, id: string, by: string, reason: string, now = new Date()): Promise<Finding> {
  const at = now.toISOString()
  return decide(data, id, 'finding.confirm', (f) => ({ ...f, status: 'confirmed', decision: { status: 'confirmed', by, at, reason: reason.trim() }, updatedAt: at }))
}

export function dismissFinding(data: DataLayer, id: string, by: string, reason: string, now = new Date()): Promise<Finding> {
  if (reason.trim() === '') return Promise.reject(new UserError({ key: 'findings.reasonRequired' }))
  const at = now.toISOString()
  return decide(data, id, 'finding.dismiss', (f) => ({ ...f, status: 'dismissed', decision: { status: 'dismissed', by, at, reason: reason.trim() }, updatedAt: at }))
}

export function reopenFinding(data: DataLayer, id: string, now = new Date()): Promise<Finding> {
  const at = now.toISOString()
  return decide(data, id, 'finding.reopen', (f) => ({ ...f, status: 'open', decision: null, updatedAt: at }))
}
