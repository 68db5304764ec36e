// The rectification feature's pages: the list at `rectifications`, 发起整改 at `rectifications/new`, one
// order at `rectifications/:id`. `pdfRenderer` replaces the PDF worker in tests.
import { Route, Routes } from 'react-router'
import { workerPdfRenderer, type PdfRenderer } from './pdf-client'
import { RectificationFormPage } from './RectificationFormPage'
import { RectificationListPage } from './RectificationListPage'
import { RectificationPage } from './RectificationPage'

export function RectificationsRoutes({ pdfRenderer = workerPdfRenderer }: { pdfRenderer?: PdfRenderer }) {
  return (
    <Routes>
      <Route index element={<RectificationListPage />} />
      <Route path="new" element={<RectificationFormPage />} />
      <Route path=":id" element={<RectificationPage renderer={pdfRenderer} />} />
    </Routes>
  )
}
