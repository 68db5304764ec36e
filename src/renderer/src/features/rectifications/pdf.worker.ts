// The notice PDF in a worker, so the window never freezes while pdfmake lays it out: fetch the bundled
// font's bytes, put them in pdfmake's virtual file system, build the document from its pure definition
// and return the bytes. pdfmake's browser build needs no eval (the CSP forbids it) and subsets the font.
import pdfMake from 'pdfmake'
import type { TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces'
import type { Rectification } from '@shared/domain/findings'
import { PDF_FONT_FILE, pdfFonts } from '@shared/documents/fonts'
import { rectificationNotice } from '@shared/documents/rectification-notice'
import { serveTask, type TaskSpec } from '@renderer/lib/tasks'

export interface PdfPayload {
  order: Rectification
  /** the bundled font's absolute URL (the window resolves FONT_URL against its own address) */
  fontUrl: string
}

export type PdfTask = TaskSpec<PdfPayload, Uint8Array>

/** The browser build's API as used here: its file system takes bytes as they are (the typings say base64
 * strings only), and its buffer is a Uint8Array. */
interface BrowserPdfMake {
  addVirtualFileSystem(vfs: Record<string, { data: Uint8Array }>): void
  setFonts(fonts: TFontDictionary): void
  createPdf(definition: TDocumentDefinitions): { getBuffer(): Promise<Uint8Array> }
}

const pdf = pdfMake as unknown as BrowserPdfMake
const PHASE = { font: { key: 'rectifications.pdf.font' }, layout: { key: 'rectifications.pdf.layout' } } as const

serveTask<PdfTask>(async ({ order, fontUrl }, ctx) => {
  ctx.progress(0, 2, PHASE.font)
  const response = await fetch(fontUrl)
  if (!response.ok) throw new Error(`font ${response.status}`)
  const font = new Uint8Array(await response.arrayBuffer())
  ctx.checkCancelled()
  pdf.addVirtualFileSystem({ [PDF_FONT_FILE]: { data: font } })
  pdf.setFonts(pdfFonts())
  ctx.progress(1, 2, PHASE.layout)
  const bytes = await pdf.createPdf(rectificationNotice(order)).getBuffer()
  ctx.progress(2, 2, PHASE.layout)
  // a plain Uint8Array crosses to the window (the browser build's Buffer is one, with extra methods)
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
})
