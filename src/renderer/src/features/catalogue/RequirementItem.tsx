// One requirement as the version page shows it: its id, the notice's own words (the English summary beside
// them, or first when the UI is in English), the platform types it applies to, the evidence an inspector
// looks at, and the parameters the rule checks read from it.
import { Flex, Tag, Typography, theme } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Requirement } from '@shared/catalogue/types'
import { PLATFORM_TYPES } from '@shared/domain/platform'
import { useCatalogueDisplay } from './display'
import { Highlight } from './Highlight'

const MONO = 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace'

function Meta({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useTranslation()
  return (
    <Flex gap={4} align="baseline" wrap>
      <Typography.Text type="secondary" style={{ fontSize: 12, flex: 'none' }}>
        {t('catalogue.value.metaLabel', { label })}
      </Typography.Text>
      {children}
    </Flex>
  )
}

export function RequirementItem({ requirement, term, focused = false }: { requirement: Requirement; term: string; focused?: boolean }) {
  const { t } = useTranslation()
  const display = useCatalogueDisplay()
  const { token } = theme.useToken()
  const everywhere = PLATFORM_TYPES.every((type) => requirement.appliesTo.includes(type))
  const [main, secondary] = display.english && requirement.summaryEn ? [requirement.summaryEn, requirement.textZh] : [requirement.textZh, requirement.summaryEn]

  return (
    <Flex
      gap={12}
      id={`requirement-${requirement.id}`}
      data-testid={`requirement-${requirement.id}`}
      style={{
        padding: '10px 4px',
        borderTop: `1px solid ${token.colorSplit}`,
        background: focused ? token.colorWarningBg : undefined,
        transition: 'background 0.3s',
      }}
    >
      <Typography.Text strong style={{ fontFamily: MONO, width: 52, flex: 'none', color: token.colorPrimary }}>
        <Highlight text={requirement.id} term={term} />
      </Typography.Text>
      <Flex vertical gap={6} style={{ flex: 1, minWidth: 0 }}>
        <div>
          <Typography.Text style={{ fontSize: 14, lineHeight: 1.7 }}>
            <Highlight text={main} term={term} />
          </Typography.Text>
          {secondary && (
            <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '2px 0 0' }} data-testid="requirement-secondary">
              <Highlight text={secondary} term={term} />
            </Typography.Paragraph>
          )}
        </div>
        <Flex gap="4px 24px" wrap>
          <Meta label={t('catalogue.version.appliesTo')}>
            {everywhere ? (
              <Tag style={{ marginInlineEnd: 0 }}>{t('catalogue.version.allPlatforms')}</Tag>
            ) : (
              requirement.appliesTo.map((type) => (
                <Tag key={type} style={{ marginInlineEnd: 0 }}>
                  {t(`domain.platformType.${type}`)}
                </Tag>
              ))
            )}
          </Meta>
          {requirement.evidenceZh.length > 0 && (
            <Meta label={t('catalogue.version.evidence')}>
              <Typography.Text style={{ fontSize: 12 }}>
                <Highlight text={requirement.evidenceZh.join(t('catalogue.value.listSeparator'))} term={term} />
              </Typography.Text>
            </Meta>
          )}
        </Flex>
        {requirement.parameters.length > 0 && (
          <Flex
            vertical
            gap={2}
            style={{ background: token.colorFillAlter, border: `1px solid ${token.colorBorderSecondary}`, borderRadius: 4, padding: '4px 10px' }}
          >
            {requirement.parameters.map((parameter) => (
              <Flex key={parameter.key} gap={8} align="baseline" wrap style={{ fontSize: 12 }} data-testid={`requirement-parameter-${parameter.key}`}>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('catalogue.value.metaLabel', { label: display.label(parameter) })}
                </Typography.Text>
                <Typography.Text strong style={{ fontSize: 12 }}>
                  {display.value(parameter)}
                </Typography.Text>
              </Flex>
            ))}
          </Flex>
        )}
      </Flex>
    </Flex>
  )
}
