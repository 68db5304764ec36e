// English: the settings page.
import type { Translation } from '../types'
import type { settings as zh } from '../zh-CN/settings'

export const settings: Translation<typeof zh> = {
  title: 'Settings',
  profile: 'Who is using this desk',
  profileHint: 'The audit log records this name with every change.',
  name: 'Name',
  office: 'Office',
  officePlaceholder: 'e.g. City CAC office, network management division',
  language: 'Language',
  about: 'About',
  version: 'Version',
  host: 'Running as',
  hostElectron: 'Desktop app',
  hostBrowser: 'Browser',
  storage: 'Data',
  storageHint: 'Everything stays on this computer: nothing goes online.',
}
