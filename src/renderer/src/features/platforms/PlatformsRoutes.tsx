// The platforms feature's pages: the list at `platforms`, one platform at `platforms/:id`.
import { Route, Routes } from 'react-router'
import { PlatformListPage } from './PlatformListPage'
import { PlatformPage } from './PlatformPage'

export function PlatformsRoutes() {
  return (
    <Routes>
      <Route index element={<PlatformListPage />} />
      <Route path=":id" element={<PlatformPage />} />
    </Routes>
  )
}
