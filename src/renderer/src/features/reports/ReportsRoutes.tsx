// The reports feature's pages: the list at `reports`, and one report's provenance at `reports/:id` (shown
// as a drawer over the list). Importing reports arrives with a later feature; no button stands in for it.
import { Route, Routes } from 'react-router'
import { ReportListPage } from './ReportListPage'

export function ReportsRoutes() {
  return (
    <Routes>
      <Route index element={<ReportListPage />} />
      <Route path=":id" element={<ReportListPage />} />
    </Routes>
  )
}
