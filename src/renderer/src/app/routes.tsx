// The pages the navigation lists. Only features that work are listed here; each feature owns its folder
// and its sub-routes (`path/*`).
import {
  AuditOutlined,
  BookOutlined,
  DashboardOutlined,
  FileTextOutlined,
  SettingOutlined,
  ShopOutlined,
} from '@ant-design/icons'
import type { ReactNode } from 'react'
import { AuditPage } from '@renderer/features/audit/AuditPage'
import { CatalogueRoutes } from '@renderer/features/catalogue/CatalogueRoutes'
import { OverviewPage } from '@renderer/features/overview/OverviewPage'
import { PlatformsRoutes } from '@renderer/features/platforms/PlatformsRoutes'
import { ReportsRoutes } from '@renderer/features/reports/ReportsRoutes'
import { SettingsPage } from '@renderer/features/settings/SettingsPage'

export interface NavRoute {
  /** first path segment; '' is the home page */
  segment: string
  nav: 'overview' | 'platforms' | 'reports' | 'catalogue' | 'audit' | 'settings'
  icon: ReactNode
  element: ReactNode
}

export const ROUTES: readonly NavRoute[] = [
  { segment: '', nav: 'overview', icon: <DashboardOutlined />, element: <OverviewPage /> },
  { segment: 'platforms', nav: 'platforms', icon: <ShopOutlined />, element: <PlatformsRoutes /> },
  { segment: 'reports', nav: 'reports', icon: <FileTextOutlined />, element: <ReportsRoutes /> },
  { segment: 'catalogue', nav: 'catalogue', icon: <BookOutlined />, element: <CatalogueRoutes /> },
  { segment: 'audit', nav: 'audit', icon: <AuditOutlined />, element: <AuditPage /> },
  { segment: 'settings', nav: 'settings', icon: <SettingOutlined />, element: <SettingsPage /> },
]
