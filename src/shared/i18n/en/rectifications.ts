// English: the rectifications feature.
import type { Translation } from '../types'
import type { rectifications as zh } from '../zh-CN/rectifications'

export const rectifications: Translation<typeof zh> = {
  title: '',
}
