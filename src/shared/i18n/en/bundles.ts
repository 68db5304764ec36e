// English: the bundles feature.
import type { Translation } from '../types'
import type { bundles as zh } from '../zh-CN/bundles'

export const bundles: Translation<typeof zh> = {
  title: '',
}
