// The directory's chunks as read from the store, one at a time: what the worker loads (and what tests load
// in the window's thread through the same code).
import type { ChunkSource } from '@shared/accounts/directory-service'
import type { DeskDatabase } from '@renderer/db/database'

export function storeSource(db: DeskDatabase): ChunkSource {
  return {
    keys: async () => (await db.accountDirectory.toCollection().primaryKeys()).map(String),
    get: (key) => db.accountDirectory.get(key),
  }
}
