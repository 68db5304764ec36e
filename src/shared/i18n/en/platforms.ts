// English: the platforms feature.
import type { Translation } from '../types'
import type { platforms as zh } from '../zh-CN/platforms'

export const platforms: Translation<typeof zh> = {
  title: '',
}
