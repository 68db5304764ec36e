// The shell's side of the host API: one handler per channel, from one map typed over HostChannel (a
// missing or extra channel does not compile). The page is untrusted, so every call first checks which
// frame sent it and validates its argument before doing anything.
import { basename, join } from 'node:path'
import { app, BrowserWindow, dialog, ipcMain } from 'electron'
import type { IpcMainInvokeEvent, OpenDialogOptions, SaveDialogOptions } from 'electron'
import { z } from 'zod'
import { HOST_CHANNEL_LIST } from '@shared/host/api'
import type { HostChannel, HostRequest, HostResponse } from '@shared/host/api'
import { listBackups, writeBackup } from './backups'
import { readPickedFiles, toPlainFileName, writeFileAtomic } from './files'
import { isTrustedSender } from './security'
import { STRINGS } from './strings'

/** The single argument a channel takes, or undefined for channels that take none. */
type RequestOf<C extends HostChannel> = HostRequest<C> extends [infer R] ? R : undefined

export interface ChannelHandler<C extends HostChannel> {
  /** validates the raw argument from the page; nothing reaches `handle` unchecked */
  readonly request: z.ZodType<RequestOf<C>>
  readonly handle: (request: RequestOf<C>, event: IpcMainInvokeEvent) => Promise<HostResponse<C>>
}

export type HandlerMap = { readonly [C in HostChannel]: ChannelHandler<C> }

// Bounds are generous for real use and small enough that a hostile page cannot make main do much work.
const text = (max: number) => z.string().max(max)
const fileFilters = z
  .array(z.strictObject({ name: text(100), extensions: z.array(z.string().regex(/^(\*|[A-Za-z0-9]{1,16})$/)).max(32) }))
  .max(16)
const bytes = z.instanceof(Uint8Array)

const backupDir = (): string => join(app.getPath('userData'), 'backups')

export const handlers: HandlerMap = {
  'app:info': {
    request: z.undefined(),
    handle: () =>
      Promise.resolve({
        version: app.getVersion(),
        platform: process.platform,
        electron: process.versions.electron,
        locale: app.getLocale(),
      }),
  },
  'dialog:openFiles': {
    request: z.strictObject({ title: text(200), filters: fileFilters, multiple: z.boolean() }),
    handle: async (request, event) => {
      const options: OpenDialogOptions = {
        title: request.title,
        filters: request.filters,
        properties: request.multiple ? ['openFile', 'multiSelections'] : ['openFile'],
      }
      const owner = BrowserWindow.fromWebContents(event.sender)
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options)
      return result.canceled ? [] : readPickedFiles(result.filePaths)
    },
  },
  'dialog:saveFile': {
    request: z.strictObject({ title: text(200), suggestedName: text(260), filters: fileFilters, data: bytes }),
    handle: async (request, event) => {
      const options: SaveDialogOptions = {
        title: request.title,
        defaultPath: join(app.getPath('documents'), toPlainFileName(request.suggestedName) ?? ''),
        filters: request.filters,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      }
      const owner = BrowserWindow.fromWebContents(event.sender)
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options)
      if (result.canceled || !result.filePath) return { saved: false }
      await writeFileAtomic(result.filePath, request.data)
      return { saved: true, name: basename(result.filePath) }
    },
  },
  'backup:write': {
    request: z.strictObject({ name: text(260), data: bytes }),
    handle: (request) => writeBackup(backupDir(), request.name, request.data),
  },
  'backup:list': {
    request: z.undefined(),
    handle: () => listBackups(backupDir()),
  },
}

/** Checks the sender and the argument, then runs the channel's handler. */
export async function dispatch<C extends HostChannel>(
  map: HandlerMap,
  channel: C,
  event: IpcMainInvokeEvent,
  raw: unknown,
  devOrigin: string | undefined,
): Promise<HostResponse<C>> {
  if (!isTrustedSender(senderFrameOf(event), devOrigin)) throw new Error(STRINGS.errors.untrustedSender)
  const handler: ChannelHandler<C> = map[channel]
  const parsed = handler.request.safeParse(raw)
  if (!parsed.success) throw new Error(STRINGS.errors.invalidRequest)
  return handler.handle(parsed.data, event)
}

export function registerIpc(devOrigin: string | undefined, map: HandlerMap = handlers): void {
  for (const channel of HOST_CHANNEL_LIST) {
    ipcMain.handle(channel, (event, raw: unknown) => dispatch(map, channel, event, raw, devOrigin))
  }
}

/** `senderFrame` is null, or throws on older builds, once the frame has navigated away or gone. */
function senderFrameOf(event: IpcMainInvokeEvent): { readonly url: string } | null {
  try {
    return event.senderFrame
  } catch {
    return null
  }
}
