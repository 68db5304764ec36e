// Platform 网站平台: the websites and apps an office oversees, and the six platform types the notice names.

export const PLATFORM_TYPES = ['news', 'social', 'live', 'shortVideo', 'qa', 'community'] as const
/** 资讯 news · 社交 social · 直播 live · 短视频 shortVideo · 知识问答 qa · 论坛社区 community */
export type PlatformType = (typeof PLATFORM_TYPES)[number]

export interface Contact {
  name: string
  role: string
  phone: string
  email: string
}

/** Platform 网站平台 */
export interface Platform {
  id: string
  name: string
  /** 运营主体 — the company operating the platform */
  operator: string
  /** 统一社会信用代码, 18 characters (GB 32100-2015) */
  creditCode: string
  types: PlatformType[]
  /** 属地 — the office's jurisdiction the platform is registered in */
  jurisdiction: string
  contacts: Contact[]
  note: string
  archived: boolean
  createdAt: string
  updatedAt: string
}
