// The Host inside the desktop shell: native dialogs and the backup folder, over the preload bridge.
import type { FileFilter, HostApi, PickedFile } from '@shared/host/api'
import { mimeType } from '@shared/security/csp'
import { toBlob, toBytes } from './bytes'
import type { Host } from './host'

// Electron wraps errors thrown in main as "Error invoking remote method 'x': Error: <message>"; the
// message after that prefix is the Chinese text meant for the user.
const REMOTE_ERROR_PREFIX = /^Error invoking remote method '[^']*': (?:\w*Error: )?/

export function unwrapRemoteError(error: unknown): Error {
  if (!(error instanceof Error)) return new Error(String(error))
  const message = error.message.replace(REMOTE_ERROR_PREFIX, '')
  return message === error.message ? error : new Error(message, { cause: error })
}

async function call<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise
  } catch (error) {
    throw unwrapRemoteError(error)
  }
}

export function toFile(picked: PickedFile): File {
  const type = mimeType(picked.name)
  const plainType = type === 'application/octet-stream' ? '' : (type.split(';')[0] ?? '')
  return new File([toBlob(picked.data)], picked.name, { type: plainType })
}

// Main validates requests strictly (unknown keys are refused), so send exactly the contract's fields.
function plainFilters(filters: readonly FileFilter[]): FileFilter[] {
  return filters.map(({ name, extensions }) => ({ name, extensions: [...extensions] }))
}

export function createElectronHost(bridge: HostApi): Host {
  return {
    kind: 'electron',
    info: () => call(bridge['app:info']()),
    openFiles: async ({ title, filters, multiple }) =>
      (await call(bridge['dialog:openFiles']({ title, filters: plainFilters(filters), multiple }))).map(toFile),
    saveFile: async ({ title, suggestedName, filters, data }) =>
      call(
        bridge['dialog:saveFile']({ title, suggestedName, filters: plainFilters(filters), data: await toBytes(data) }),
      ),
    writeBackup: async (name, data) => call(bridge['backup:write']({ name, data: await toBytes(data) })),
    listBackups: () => call(bridge['backup:list']()),
  }
}
