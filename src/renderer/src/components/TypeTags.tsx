// A platform's types as tags, in the notice's order, each type with its own colour so lists scan at a glance.
import { Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import type { PlatformType } from '@shared/domain/platform'

export const TYPE_COLOURS: Record<PlatformType, string> = {
  news: 'blue',
  social: 'cyan',
  live: 'magenta',
  shortVideo: 'volcano',
  qa: 'green',
  community: 'purple',
}

export function TypeTags({ types }: { types: readonly PlatformType[] }) {
  const { t } = useTranslation()
  return (
    <>
      {types.map((type) => (
        <Tag key={type} color={TYPE_COLOURS[type]} style={{ marginInlineEnd: 4 }}>
          {t(`domain.platformType.${type}`)}
        </Tag>
      ))}
    </>
  )
}
