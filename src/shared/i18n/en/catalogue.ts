// English: the catalogue feature.
import type { Translation } from '../types'
import type { catalogue as zh } from '../zh-CN/catalogue'

export const catalogue: Translation<typeof zh> = {
  title: '',
}
