// Re-verifying evidence when an inspection is opened: each stored blob is hashed again and compared with
// the SHA-256 recorded when it was taken in. One at a time (a field audit's videos can be large), each
// result shown as it comes; a signal when every piece has been checked.
import { useEffect, useState } from 'react'
import { emitSignal } from '@renderer/app/signals'
import type { Attachment } from '@renderer/db/database'
import { verifyAttachment } from './evidence'

export type Verification = 'checking' | 'verified' | 'mismatch'

interface Checked {
  /** the hash it was checked against: a different record under the same id is checked again */
  sha256: string
  ok: boolean
}

export function useVerification(attachments: readonly Attachment[] | undefined): ReadonlyMap<string, Verification> {
  const [checked, setChecked] = useState<ReadonlyMap<string, Checked>>(new Map())

  useEffect(() => {
    const todo = (attachments ?? []).filter((a) => checked.get(a.id)?.sha256 !== a.sha256)
    if (todo.length === 0) return
    // a newer list of attachments supersedes this run
    const run = { cancelled: false }
    void (async () => {
      for (const a of todo) {
        // a blob that cannot be read back does not match either
        const ok = await verifyAttachment(a).catch(() => false)
        if (run.cancelled) return
        setChecked((prev) => new Map(prev).set(a.id, { sha256: a.sha256, ok }))
      }
    })()
    return () => {
      run.cancelled = true
    }
  }, [attachments, checked])

  const all = attachments ?? []
  const complete = attachments !== undefined && all.every((a) => checked.get(a.id)?.sha256 === a.sha256)
  const mismatched = all.filter((a) => checked.get(a.id)?.ok === false).length
  const key = all.map((a) => a.id).join(',')
  useEffect(() => {
    if (complete) emitSignal('inspection-verified', { total: key === '' ? 0 : key.split(',').length, mismatched })
  }, [complete, key, mismatched])

  const out = new Map<string, Verification>()
  for (const a of all) {
    const c = checked.get(a.id)
    out.set(a.id, c?.sha256 !== a.sha256 ? 'checking' : c.ok ? 'verified' : 'mismatch')
  }
  return out
}
