// The pages the navigation lists. Only features that work are listed here; each feature owns its folder
// and its sub-routes (`path/*`).
import {
  AuditOutlined,
  FileProtectOutlined,
  FileSearchOutlined,
  SwapOutlined,
  CloudUploadOutlined,
  TeamOutlined,
  BookOutlined,
  DashboardOutlined,
  FileTextOutlined,
  HeatMapOutlined,
  SettingOutlined,
  WarningOutlined,
  ShopOutlined,
} from '@ant-design/icons'
import type { ReactNode } from 'react'
import { AccountsRoutes } from '@renderer/features/accounts/AccountsRoutes'
import { AuditPage } from '@renderer/features/audit/AuditPage'
import { BundlesPage } from '@renderer/features/bundles/BundlesPage'
import { CatalogueRoutes } from '@renderer/features/catalogue/CatalogueRoutes'
import { FindingsRoutes } from '@renderer/features/findings/FindingsRoutes'
import { ImportRoutes } from '@renderer/features/import/ImportRoutes'
import { InspectionsRoutes } from '@renderer/features/inspections/InspectionsRoutes'
import { OverviewPage } from '@renderer/features/overview/OverviewPage'
import { PlatformsRoutes } from '@renderer/features/platforms/PlatformsRoutes'
import { RectificationsRoutes } from '@renderer/features/rectifications/RectificationsRoutes'
import { ReportsRoutes } from '@renderer/features/reports/ReportsRoutes'
import { ScorecardPage } from '@renderer/features/scorecard/ScorecardPage'
import { SettingsPage } from '@renderer/features/settings/SettingsPage'
import type { NavKey } from './nav'

export interface NavRoute {
  /** first path segment; '' is the home page */
  segment: string
  nav: NavKey
  icon: ReactNode
  element: ReactNode
}

export const ROUTES: readonly NavRoute[] = [
  { segment: '', nav: 'overview', icon: <DashboardOutlined />, element: <OverviewPage /> },
  { segment: 'import', nav: 'import', icon: <CloudUploadOutlined />, element: <ImportRoutes /> },
  { segment: 'reports', nav: 'reports', icon: <FileTextOutlined />, element: <ReportsRoutes /> },
  { segment: 'accounts', nav: 'accounts', icon: <TeamOutlined />, element: <AccountsRoutes /> },
  { segment: 'findings', nav: 'findings', icon: <WarningOutlined />, element: <FindingsRoutes /> },
  { segment: 'scorecard', nav: 'scorecard', icon: <HeatMapOutlined />, element: <ScorecardPage /> },
  { segment: 'inspections', nav: 'inspections', icon: <FileSearchOutlined />, element: <InspectionsRoutes /> },
  { segment: 'rectifications', nav: 'rectifications', icon: <FileProtectOutlined />, element: <RectificationsRoutes /> },
  { segment: 'bundles', nav: 'bundles', icon: <SwapOutlined />, element: <BundlesPage /> },
  { segment: 'platforms', nav: 'platforms', icon: <ShopOutlined />, element: <PlatformsRoutes /> },
  { segment: 'catalogue', nav: 'catalogue', icon: <BookOutlined />, element: <CatalogueRoutes /> },
  { segment: 'audit', nav: 'audit', icon: <AuditOutlined />, element: <AuditPage /> },
  { segment: 'settings', nav: 'settings', icon: <SettingOutlined />, element: <SettingsPage /> },
]
