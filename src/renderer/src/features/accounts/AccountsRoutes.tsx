// The accounts feature's pages: the list at `accounts`, one account at `accounts/:platformId/:accountId`.
// Both share one directory worker, alive while either is open and reloaded when the reports change.
import { Route, Routes } from 'react-router'
import { AccountListPage } from './AccountListPage'
import { AccountPage } from './AccountPage'
import { DirectoryProvider, type DirectoryFactory } from './directory-context'

export function AccountsRoutes({ directory }: { directory?: DirectoryFactory }) {
  return (
    <DirectoryProvider create={directory}>
      <Routes>
        <Route index element={<AccountListPage />} />
        <Route path=":platformId/:accountId" element={<AccountPage />} />
      </Routes>
    </DirectoryProvider>
  )
}
