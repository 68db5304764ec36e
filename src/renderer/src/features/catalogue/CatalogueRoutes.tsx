// The catalogue feature's pages: the list of versions at /catalogue, one version at /catalogue/:catalogueId.
import { Route, Routes } from 'react-router'
import { CatalogueListPage } from './CatalogueListPage'
import { CatalogueVersionPage } from './CatalogueVersionPage'

export function CatalogueRoutes() {
  return (
    <Routes>
      <Route index element={<CatalogueListPage />} />
      <Route path=":catalogueId" element={<CatalogueVersionPage />} />
    </Routes>
  )
}
