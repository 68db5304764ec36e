// Opening the store: the database, the data layer, and what every store must hold (the built-in catalogue).
import type { Actor } from '@shared/audit/chain'
import { noticeCatalogue } from '@shared/catalogue/notice-2023'
import { DataLayer } from './data-layer'
import { DB_NAME, DeskDatabase } from './database'

export const SYSTEM_ACTOR: Actor = { name: '系统', office: '' }

export interface Store {
  db: DeskDatabase
  data: DataLayer
}

/** Opens (creating or upgrading) the store. `actor` names whoever is using the app at the time of each write. */
export async function openStore(actor: () => Actor, name: string = DB_NAME): Promise<Store> {
  const db = new DeskDatabase(name)
  await db.open()
  const data = new DataLayer(db, actor)
  await ensureBuiltIns(new DataLayer(db, () => SYSTEM_ACTOR))
  return { db, data }
}

/** Adds the built-in catalogue when it is missing (a new store, or one that predates it). */
export async function ensureBuiltIns(data: DataLayer): Promise<void> {
  const builtIn = noticeCatalogue()
  if (await data.db.catalogues.get(builtIn.id)) return
  await data.write({ action: 'catalogue.builtIn', entity: 'catalogue', entityId: builtIn.id, summary: builtIn.titleZh }, ['catalogues'], async (tx) => {
    if (!(await tx.get('catalogues', builtIn.id))) await tx.put('catalogues', builtIn)
  })
}
