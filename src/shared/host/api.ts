// The host API: what only the desktop shell can do for the page, as one typed contract. The preload script
// builds an object that `satisfies` HostApi; main registers one handler per channel from a map keyed by
// HOST_CHANNELS. No channel string is written anywhere else.

export interface FileFilter {
  /** shown in the dialog, in the user's language */
  name: string
  /** extensions without the dot */
  extensions: string[]
}

/** A file the user picked: its name and bytes. Paths never cross into the page. */
export interface PickedFile {
  name: string
  data: Uint8Array
}

export interface OpenFilesRequest {
  title: string
  filters: FileFilter[]
  multiple: boolean
}

export interface SaveFileRequest {
  title: string
  suggestedName: string
  filters: FileFilter[]
  data: Uint8Array
}

export type SaveFileResult = { saved: true; name: string } | { saved: false }

export interface WriteBackupRequest {
  /** a plain file name; the shell decides the folder */
  name: string
  data: Uint8Array
}

export interface BackupInfo {
  name: string
  size: number
  modifiedAt: string
}

export interface AppInfo {
  version: string
  platform: string
  electron: string
  locale: string
}

/** Every call the page can make of the shell: channel → (request) => response. */
export interface HostApi {
  'app:info': () => Promise<AppInfo>
  'dialog:openFiles': (request: OpenFilesRequest) => Promise<PickedFile[]>
  'dialog:saveFile': (request: SaveFileRequest) => Promise<SaveFileResult>
  'backup:write': (request: WriteBackupRequest) => Promise<BackupInfo>
  'backup:list': () => Promise<BackupInfo[]>
}

export type HostChannel = keyof HostApi
export type HostRequest<C extends HostChannel> = Parameters<HostApi[C]>
export type HostResponse<C extends HostChannel> = Awaited<ReturnType<HostApi[C]>>

/** The one list of channels; a `satisfies` check keeps it complete. */
export const HOST_CHANNELS = {
  'app:info': true,
  'dialog:openFiles': true,
  'dialog:saveFile': true,
  'backup:write': true,
  'backup:list': true,
} as const satisfies Record<HostChannel, true>

export const HOST_CHANNEL_LIST = Object.keys(HOST_CHANNELS) as HostChannel[]

/** The global name the preload exposes the bridge under. */
export const BRIDGE_NAME = 'desk'
