// File-system work behind the dialogs: plain file names, size-checked reads of picked files, and atomic
// writes (a temporary file beside the target, then a rename), so a crash never leaves half a file.
import { randomUUID } from 'node:crypto'
import { open, readFile, rename, stat, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { PickedFile } from '@shared/host/api'
import { STRINGS } from './strings'

/** Larger files are refused: they could not be held in memory and sent to the page in one piece. */
export const MAX_OPEN_BYTES = 2 * 1024 ** 3

const MAX_NAME_LENGTH = 150
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i

/**
 * Reduces whatever the page sent to a plain file name that is valid on Windows, macOS and Linux: no
 * folders, no control or reserved characters, no leading dots (hidden files, `..`), no reserved device
 * names. Returns null when nothing usable is left.
 */
export function toPlainFileName(name: string): string | null {
  const lastSegment = name.split(/[\\/]/).pop() ?? ''
  let plain = Array.from(lastSegment, (char) => (isForbidden(char) ? '_' : char))
    .join('')
    .trim()
    .replace(/^\.+/, '')
    .replace(/[. ]+$/, '')
  if (plain === '') return null
  if (WINDOWS_RESERVED.test(plain)) plain = `_${plain}`
  if (plain.length > MAX_NAME_LENGTH) {
    const dot = plain.lastIndexOf('.')
    const ext = dot > 0 && plain.length - dot <= 10 ? plain.slice(dot) : ''
    plain = plain.slice(0, MAX_NAME_LENGTH - ext.length) + ext
  }
  return plain
}

/** Control characters and the characters Windows forbids in file names. */
function isForbidden(char: string): boolean {
  const code = char.charCodeAt(0)
  return code < 0x20 || code === 0x7f || '<>:"|?*'.includes(char)
}

/** Reads the files the user picked; checks every size first so one oversized file refuses the pick
 * before anything is read. */
export async function readPickedFiles(paths: readonly string[]): Promise<PickedFile[]> {
  for (const path of paths) {
    const info = await stat(path)
    if (!info.isFile()) throw new Error(STRINGS.errors.notAFile(basename(path)))
    if (info.size > MAX_OPEN_BYTES) throw new Error(STRINGS.errors.fileTooLarge(basename(path)))
  }
  const files: PickedFile[] = []
  for (const path of paths) files.push({ name: basename(path), data: await readFile(path) })
  return files
}

/** Writes `data` to `path` via a temporary file in the same folder (so the rename stays on one volume),
 * flushed to disk before the rename replaces the target. */
export async function writeFileAtomic(path: string, data: Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomUUID()}.tmp`)
  try {
    const handle = await open(temp, 'wx')
    try {
      await handle.writeFile(data)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temp, path)
  } catch (error) {
    await unlink(temp).catch(() => undefined)
    throw error
  }
}
