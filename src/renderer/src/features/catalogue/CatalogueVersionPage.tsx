// One catalogue version: what it is (code, effective date, origin, lineage, who made it), its parameters,
// and its articles with their requirements; from here a version is exported or a new one derived from it.
import { ExportOutlined, PlusOutlined } from '@ant-design/icons'
import { Breadcrumb, Button, Card, Descriptions, Flex, Result, Space, Spin, Tag, Typography, type DescriptionsProps } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import type { Catalogue } from '@shared/catalogue/types'
import { versionStatus } from '@shared/catalogue/versions'
import { todayIso } from '@shared/util/dates'
import { ArticleSections, useArticleView } from './ArticleSections'
import { useCatalogueDisplay } from './display'
import { NewVersionDrawer } from './NewVersionDrawer'
import { ParameterTable } from './ParameterTable'
import { useCatalogueExport } from './useCatalogueTransfer'
import { catalogueHref, useCatalogues } from './useCatalogues'
import { OriginTag, StatusBadge } from './VersionTags'

export function CatalogueVersionPage() {
  const { t } = useTranslation()
  const { catalogueId = '' } = useParams()
  const catalogues = useCatalogues()

  if (catalogues === undefined) return <Spin style={{ display: 'block', marginTop: 64 }} />
  const catalogue = catalogues.find((c) => c.id === catalogueId)
  if (!catalogue) {
    return <Result status="warning" title={t('catalogue.version.notFound')} extra={<Link to="/catalogue">{t('catalogue.title')}</Link>} />
  }
  // keyed, so that going to another version starts its view afresh
  return <VersionView key={catalogue.id} catalogue={catalogue} catalogues={catalogues} />
}

function VersionView({ catalogue, catalogues }: { catalogue: Catalogue; catalogues: Catalogue[] }) {
  const { t } = useTranslation()
  const display = useCatalogueDisplay()
  const exportCatalogue = useCatalogueExport()
  const view = useArticleView(catalogue)
  const [deriving, setDeriving] = useState(false)
  const [tab, setTab] = useState<'articles' | 'parameters'>('articles')
  const { name, at } = display.creator(catalogue)
  const otherTitle = display.english ? catalogue.titleZh : catalogue.titleEn
  const parameterCount = catalogue.requirements.reduce((n, r) => n + r.parameters.length, 0)

  const showRequirement = (requirementId: string) => {
    setTab('articles')
    view.goToRequirement(requirementId)
  }

  const facts: DescriptionsProps['items'] = [
    { key: 'code', label: t('catalogue.version.code'), children: <Typography.Text code>{catalogue.code}</Typography.Text> },
    { key: 'effectiveFrom', label: t('catalogue.version.effectiveFrom'), children: catalogue.effectiveFrom },
    { key: 'status', label: t('catalogue.version.status'), children: <StatusBadge status={versionStatus(catalogue, catalogues, todayIso())} /> },
    { key: 'source', label: t('catalogue.version.source'), children: catalogue.sourceZh || t('catalogue.value.none') },
    {
      key: 'basedOn',
      label: t('catalogue.version.basedOn'),
      children:
        catalogue.basedOn === null ? (
          t('catalogue.value.none')
        ) : (
          <Link to={catalogueHref(`${catalogue.code}@${catalogue.basedOn}`)}>{t('catalogue.versionLabel', { version: catalogue.basedOn })}</Link>
        ),
    },
    { key: 'created', label: t('catalogue.version.created'), children: at ? t('catalogue.version.createdBy', { name, at }) : name },
  ]
  if (catalogue.note !== '') facts.push({ key: 'note', label: t('catalogue.version.note'), span: 3, children: catalogue.note })

  return (
    <Flex vertical gap={16} data-testid="catalogue-version" data-catalogue-id={catalogue.id}>
      <Breadcrumb
        items={[{ title: <Link to="/catalogue">{t('catalogue.title')}</Link> }, { title: t('catalogue.versionLabel', { version: catalogue.version }) }]}
      />
      <Flex justify="space-between" align="flex-start" gap={24}>
        <div>
          <Space size={12} align="center" wrap>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {display.title(catalogue)}
            </Typography.Title>
            <Tag color="processing" style={{ marginInlineEnd: 0 }}>
              {t('catalogue.versionLabel', { version: catalogue.version })}
            </Tag>
            <OriginTag builtIn={catalogue.builtIn} />
          </Space>
          {otherTitle && (
            <Typography.Paragraph type="secondary" style={{ margin: '2px 0 0' }}>
              {otherTitle}
            </Typography.Paragraph>
          )}
        </div>
        <Space>
          <Button icon={<ExportOutlined />} onClick={() => void exportCatalogue(catalogue)} data-testid="catalogue-export">
            {t('catalogue.export.button')}
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDeriving(true)} data-testid="new-version">
            {t('catalogue.newVersion.button')}
          </Button>
        </Space>
      </Flex>

      <Descriptions size="small" bordered column={3} items={facts} data-testid="catalogue-facts" />

      <Card
        size="small"
        activeTabKey={tab}
        onTabChange={(key) => setTab(key === 'parameters' ? 'parameters' : 'articles')}
        tabList={[
          { key: 'articles', label: t('catalogue.version.articlesTab', { count: catalogue.requirements.length }) },
          { key: 'parameters', label: t('catalogue.version.parametersTab', { count: parameterCount }) },
        ]}
        tabBarExtraContent={
          <Typography.Text type="secondary">
            {t('catalogue.version.articleSummary', { articles: catalogue.articles.length, requirements: catalogue.requirements.length })}
          </Typography.Text>
        }
        tabProps={{ size: 'middle' }}
      >
        {tab === 'articles' ? (
          <ArticleSections catalogue={catalogue} view={view} />
        ) : (
          <ParameterTable catalogue={catalogue} onShowRequirement={showRequirement} />
        )}
      </Card>

      {deriving && <NewVersionDrawer base={catalogue} onClose={() => setDeriving(false)} />}
    </Flex>
  )
}
