// The translation resources, assembled from one file per area. Feature areas add their own file pair
// (zh-CN/<area>.ts, en/<area>.ts) and list it here.
import { accounts as enAccounts } from './en/accounts'
import { audit as enAudit } from './en/audit'
import { common as enCommon, nav as enNav, validation as enValidation } from './en/common'
import { domain as enDomain } from './en/domain'
import { findings as enFindings } from './en/findings'
import { importing as enImporting } from './en/import'
import { rules as enRules } from './en/rules'
import { settings as enSettings } from './en/settings'
import { catalogue as enCatalogue } from './en/catalogue'
import { platforms as enPlatforms } from './en/platforms'
import { overview as enOverview } from './en/overview'
import { reports as enReports } from './en/reports'
import { welcome as enWelcome } from './en/welcome'
import { inspections as enInspections } from './en/inspections'
import { rectifications as enRectifications } from './en/rectifications'
import { bundles as enBundles } from './en/bundles'
import type { LeafKeys, Locale, Translation } from './types'
import { accounts } from './zh-CN/accounts'
import { audit } from './zh-CN/audit'
import { common, nav, validation } from './zh-CN/common'
import { domain } from './zh-CN/domain'
import { findings } from './zh-CN/findings'
import { importing } from './zh-CN/import'
import { rules } from './zh-CN/rules'
import { settings } from './zh-CN/settings'
import { inspections } from './zh-CN/inspections'
import { rectifications } from './zh-CN/rectifications'
import { bundles } from './zh-CN/bundles'
import { catalogue } from './zh-CN/catalogue'
import { platforms } from './zh-CN/platforms'
import { overview } from './zh-CN/overview'
import { reports } from './zh-CN/reports'
import { welcome } from './zh-CN/welcome'

export const zhCN = { common, nav, validation, domain, audit, settings, catalogue, platforms, overview, reports, welcome, import: importing, accounts, rules, findings, inspections, rectifications, bundles }

export const en: Translation<typeof zhCN> = {
  common: enCommon,
  nav: enNav,
  validation: enValidation,
  domain: enDomain,
  audit: enAudit,
  settings: enSettings,
  catalogue: enCatalogue,
  platforms: enPlatforms,
  overview: enOverview,
  reports: enReports,
  welcome: enWelcome,
  import: enImporting,
  accounts: enAccounts,
  rules: enRules,
  findings: enFindings,
  inspections: enInspections,
  rectifications: enRectifications,
  bundles: enBundles,
}

export const resources: Record<Locale, typeof zhCN | Translation<typeof zhCN>> = { 'zh-CN': zhCN, en }

/** Every translation key, e.g. `validation.creditCode.checksum`. */
export type MessageKey = LeafKeys<typeof zhCN>

/** A message to show the user: a key and its interpolation values. Pure code returns these; the UI and the
 * command line translate them. */
export interface Message {
  key: MessageKey
  params?: Record<string, string | number>
}

/** A problem with one field of some input. */
export interface Problem extends Message {
  /** dotted path of the field, e.g. `contacts.0.phone` */
  path: string
}
