// Verifying the audit log's hash chain page by page, so that a long log neither freezes nor fills memory.
import { GENESIS_HASH, verifyChain, type ChainVerdict } from '@shared/audit/chain'
import type { DeskDatabase } from '@renderer/db/database'

const PAGE = 2000

export async function verifyAuditLog(
  db: DeskDatabase,
  onProgress: (done: number, total: number) => void = () => undefined,
  checkCancelled: () => void = () => undefined,
): Promise<ChainVerdict> {
  const total = await db.auditLog.count()
  let prevHash = GENESIS_HASH
  let done = 0
  let lastSeq = 0
  for (;;) {
    checkCancelled()
    const page = await db.auditLog.where('seq').above(lastSeq).limit(PAGE).toArray()
    if (page.length === 0) break
    const verdict = verifyChain(page, prevHash)
    if (!verdict.ok) return { ...verdict, count: total }
    const last = page[page.length - 1]
    prevHash = last?.hash ?? prevHash
    lastSeq = last?.seq ?? lastSeq
    done += page.length
    onProgress(done, total)
  }
  return { ok: true, count: done }
}
