// The renderer's i18next instance with its React binding, typed by the Chinese resources.
import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { i18nOptions, type Locale, type zhCN } from '@shared/i18n'

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: typeof zhCN }
  }
}

export const i18n = i18next.createInstance()

export async function initI18n(locale: Locale): Promise<void> {
  await i18n.use(initReactI18next).init(i18nOptions(locale))
  document.documentElement.lang = locale
}

export async function changeLocale(locale: Locale): Promise<void> {
  await i18n.changeLanguage(locale)
  document.documentElement.lang = locale
}
