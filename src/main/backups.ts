// The backup folder (userData/backups): writing one backup atomically, listing them newest first, and
// keeping only the newest BACKUP_KEEP so automatic backups never fill the disk.
import { mkdir, readdir, stat, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import type { BackupInfo } from '@shared/host/api'
import { toPlainFileName, writeFileAtomic } from './files'
import { STRINGS } from './strings'

export const BACKUP_KEEP = 20
const BACKUP_FILE = /\.(zip|json)$/i

/** A plain `.zip`/`.json` file name, or null when the page's name cannot be made into one (a leading
 * dot is stripped by toPlainFileName, so `.zip` alone never qualifies). */
export function toBackupName(name: string): string | null {
  const plain = toPlainFileName(name)
  return plain !== null && BACKUP_FILE.test(plain) ? plain : null
}

export async function writeBackup(dir: string, name: string, data: Uint8Array): Promise<BackupInfo> {
  const fileName = toBackupName(name)
  if (fileName === null) throw new Error(STRINGS.errors.badBackupName)
  await mkdir(dir, { recursive: true })
  const path = join(dir, fileName)
  await writeFileAtomic(path, data)
  const written = await describe(dir, fileName)
  await prune(dir, BACKUP_KEEP)
  return written
}

/** Backups, newest first (ties broken by name, newest-sorting name first). */
export async function listBackups(dir: string): Promise<BackupInfo[]> {
  let entries
  try {
    entries = await readdir(dir, { withFileTypes: true })
  } catch (error) {
    if (isMissing(error)) return []
    throw error
  }
  const names = entries.filter((entry) => entry.isFile() && BACKUP_FILE.test(entry.name)).map((entry) => entry.name)
  const infos = await Promise.all(names.map((fileName) => describe(dir, fileName)))
  return infos.sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt) || b.name.localeCompare(a.name))
}

async function prune(dir: string, keep: number): Promise<void> {
  const stale = (await listBackups(dir)).slice(keep)
  for (const backup of stale) await unlink(join(dir, backup.name)).catch(() => undefined)
}

async function describe(dir: string, name: string): Promise<BackupInfo> {
  const info = await stat(join(dir, name))
  return { name, size: info.size, modifiedAt: info.mtime.toISOString() }
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT'
}
