// What the page needs from whatever hosts it: the desktop shell (native dialogs, a backup folder) or a
// plain browser (file input, downloads). Features talk to this interface only, never to Electron.
import type { AppInfo, BackupInfo, FileFilter, SaveFileResult } from '@shared/host/api'

export type { AppInfo, BackupInfo, FileFilter, SaveFileResult }

export interface OpenFilesOptions {
  /** dialog title, already translated */
  title: string
  filters: FileFilter[]
  multiple: boolean
}

export interface SaveFileOptions {
  title: string
  suggestedName: string
  filters: FileFilter[]
  data: Blob | Uint8Array
}

export interface Host {
  kind: 'electron' | 'browser'
  info(): Promise<AppInfo>
  /** the files picked, or [] when the user cancels */
  openFiles(request: OpenFilesOptions): Promise<File[]>
  saveFile(request: SaveFileOptions): Promise<SaveFileResult>
  /** the stored backup, or null where the host keeps no backup folder (the browser downloads it) */
  writeBackup(name: string, data: Blob | Uint8Array): Promise<BackupInfo | null>
  listBackups(): Promise<BackupInfo[]>
}
