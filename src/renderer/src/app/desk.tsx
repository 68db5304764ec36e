// The app's context: the open store, the data layer, and the live settings. Components read with
// `useDesk()`; they write through `desk.data` (or a feature's service over it), never to the tables.
import { useLiveQuery } from 'dexie-react-hooks'
import { createContext, useContext, useMemo, type ReactNode } from 'react'
import type { DataLayer } from '@renderer/db/data-layer'
import type { DeskDatabase } from '@renderer/db/database'
import { DEFAULT_SETTINGS, readSettings, writeSetting, type SettingKey, type Settings } from '@renderer/db/settings'

export interface Desk {
  db: DeskDatabase
  data: DataLayer
  settings: Settings
  updateSetting: <K extends SettingKey>(key: K, value: Settings[K]) => Promise<void>
}

const DeskContext = createContext<Desk | null>(null)

export function DeskProvider({ db, data, initial, children }: { db: DeskDatabase; data: DataLayer; initial: Settings; children: ReactNode }) {
  const settings = useLiveQuery(() => readSettings(db), [db]) ?? initial
  const desk = useMemo<Desk>(
    () => ({ db, data, settings, updateSetting: (key, value) => writeSetting(data, key, value) }),
    [db, data, settings],
  )
  return <DeskContext.Provider value={desk}>{children}</DeskContext.Provider>
}

export function useDesk(): Desk {
  const desk = useContext(DeskContext)
  if (!desk) throw new Error('useDesk outside DeskProvider')
  return desk
}

export { DEFAULT_SETTINGS }
