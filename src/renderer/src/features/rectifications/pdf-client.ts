// How the detail page makes the notice PDF: by default in the PDF worker; tests pass a renderer of their
// own (jsdom has no workers).
import type { Rectification } from '@shared/domain/findings'
import { runWorkerTask, type RunOptions } from '@renderer/lib/tasks'
import { FONT_URL } from '@renderer/styles/fonts'
import type { PdfTask } from './pdf.worker'

export type PdfRenderer = (order: Rectification, options: Required<RunOptions>) => Promise<Uint8Array>

export const workerPdfRenderer: PdfRenderer = (order, options) =>
  runWorkerTask<PdfTask>(new Worker(new URL('./pdf.worker.ts', import.meta.url), { type: 'module' }), { order, fontUrl: new URL(FONT_URL, document.baseURI).href }, options)
