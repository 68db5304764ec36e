// English: the overview feature.
import type { Translation } from '../types'
import type { overview as zh } from '../zh-CN/overview'

export const overview: Translation<typeof zh> = {
  title: '',
}
