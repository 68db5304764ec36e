// The Host in a plain browser (and in end-to-end tests): a hidden file input to open, an <a download>
// to save, no backup folder. Same app, no shell.
import type { AppInfo, FileFilter } from '@shared/host/api'
import { toBlob } from './bytes'
import type { Host, OpenFilesOptions } from './host'

/** How long a download's object URL stays alive: revoking at once can cancel the download in some
 * browsers, and the page may be long-lived, so it is released shortly after. */
const REVOKE_AFTER_MS = 60_000

/** `.csv,.xlsx` for the input's accept attribute; a `*` filter accepts anything. */
export function acceptFor(filters: readonly FileFilter[]): string {
  const extensions = filters.flatMap((filter) => filter.extensions)
  if (extensions.length === 0 || extensions.includes('*')) return ''
  return [...new Set(extensions.map((ext) => `.${ext.toLowerCase()}`))].join(',')
}

export function openFilesWithInput(doc: Document, request: OpenFilesOptions): Promise<File[]> {
  return new Promise((resolve) => {
    const input = doc.createElement('input')
    input.type = 'file'
    input.multiple = request.multiple
    const accept = acceptFor(request.filters)
    if (accept !== '') input.accept = accept
    input.hidden = true
    const finish = (files: File[]): void => {
      input.remove()
      resolve(files)
    }
    input.addEventListener('change', () => finish(Array.from(input.files ?? [])), { once: true })
    input.addEventListener('cancel', () => finish([]), { once: true })
    doc.body.append(input)
    input.click()
  })
}

export function downloadBlob(doc: Document, name: string, blob: Blob): void {
  const view = doc.defaultView
  if (view === null) throw new Error('No window to download from')
  const url = view.URL.createObjectURL(blob)
  const link = doc.createElement('a')
  link.href = url
  link.download = name
  link.rel = 'noopener'
  link.hidden = true
  doc.body.append(link)
  link.click()
  link.remove()
  view.setTimeout(() => view.URL.revokeObjectURL(url), REVOKE_AFTER_MS)
}

/** In a browser the page cannot learn the app's version unless the build defines VITE_APP_VERSION. */
function browserInfo(nav: Navigator): AppInfo {
  const version: unknown = import.meta.env.VITE_APP_VERSION
  return { version: typeof version === 'string' ? version : '', platform: 'web', electron: '', locale: nav.language }
}

export function createBrowserHost(doc: Document = document, nav: Navigator = navigator): Host {
  return {
    kind: 'browser',
    info: () => Promise.resolve(browserInfo(nav)),
    openFiles: (request) => openFilesWithInput(doc, request),
    saveFile: ({ suggestedName, data }) => {
      downloadBlob(doc, suggestedName, toBlob(data))
      return Promise.resolve({ saved: true, name: suggestedName })
    },
    writeBackup: (name, data) => {
      downloadBlob(doc, name, toBlob(data))
      return Promise.resolve(null)
    },
    listBackups: () => Promise.resolve([]),
  }
}
