// A plain i18next instance over our resources: used by the command line and by pure code's callers. The
// renderer builds its React binding on the same resources.
import i18next, { type i18n } from 'i18next'
import { resources, type Message } from './resources'
import type { Locale } from './types'

export { LOCALES, type Locale } from './types'
export { resources, zhCN, en, type MessageKey, type Message, type Problem } from './resources'

export function i18nOptions(locale: Locale) {
  return {
    lng: locale,
    fallbackLng: 'zh-CN',
    resources: Object.fromEntries(Object.entries(resources).map(([lng, translation]) => [lng, { translation }])),
    interpolation: { escapeValue: false },
    returnNull: false,
  } as const
}

export async function createTranslator(locale: Locale): Promise<i18n> {
  const instance = i18next.createInstance()
  await instance.init(i18nOptions(locale))
  return instance
}

/** Renders a Message with a translator. */
export function formatMessage(t: (key: string, params?: Record<string, unknown>) => string, message: Message): string {
  return t(message.key, message.params)
}
