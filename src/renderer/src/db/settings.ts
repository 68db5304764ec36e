// Typed settings: the user's language, who they are (for the audit log) and whether the first-run screen
// has been answered. Stored in the settings table, written through the data layer like everything else.
import type { Actor } from '@shared/audit/chain'
import type { Locale } from '@shared/i18n'
import type { DataLayer } from './data-layer'
import type { DeskDatabase } from './database'

export interface Settings {
  locale: Locale
  actor: Actor
  /** set once the first-run screen was answered (demo loaded or skipped) */
  onboarded: boolean
}

export const DEFAULT_SETTINGS: Settings = {
  locale: 'zh-CN',
  actor: { name: '', office: '' },
  onboarded: false,
}

export type SettingKey = keyof Settings

export async function readSettings(db: DeskDatabase): Promise<Settings> {
  const rows = await db.settings.toArray()
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS }
  for (const row of rows) if (row.key in DEFAULT_SETTINGS) out[row.key] = row.value
  return out as unknown as Settings
}

export async function writeSetting<K extends SettingKey>(data: DataLayer, key: K, value: Settings[K]): Promise<void> {
  await data.write({ action: 'settings.update', entity: 'setting', entityId: key, summary: key }, ['settings'], async (tx) => {
    await tx.put('settings', { key, value })
  })
}
