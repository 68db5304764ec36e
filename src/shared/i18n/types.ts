// Typed translation keys. The Chinese resources are the source of truth (Chinese first); every other locale
// must have the same shape, which the `Translation` type enforces at compile time.

export type Translation<T> = { [K in keyof T]: T[K] extends string ? string : Translation<T[K]> }

type Join<K, P> = K extends string ? (P extends string ? `${K}.${P}` : never) : never

/** All dotted paths to string leaves of a resource object. */
export type LeafKeys<T> = {
  [K in keyof T & string]: T[K] extends string ? K : Join<K, LeafKeys<T[K]>>
}[keyof T & string]

export const LOCALES = ['zh-CN', 'en'] as const
export type Locale = (typeof LOCALES)[number]
