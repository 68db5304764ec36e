// The inspections feature's pages: the list (or month calendar) at `inspections`, one inspection with its
// checklist at `inspections/:id`.
import { Route, Routes } from 'react-router'
import { InspectionListPage } from './InspectionListPage'
import { InspectionPage } from './InspectionPage'
import './inspections.css'

export function InspectionsRoutes() {
  return (
    <Routes>
      <Route index element={<InspectionListPage />} />
      <Route path=":id" element={<InspectionPage />} />
    </Routes>
  )
}
