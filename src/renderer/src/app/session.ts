// Who is using the app right now, for the audit log: kept in step with the settings by <App>, read by the
// data layer at each write.
import type { Actor } from '@shared/audit/chain'

let current: Actor = { name: '', office: '' }

export const session = {
  actor: (): Actor => current,
  setActor(actor: Actor): void {
    current = actor
  },
}
