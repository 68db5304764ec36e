// 现场数据包 Field bundles: inspections carried between a field laptop and the office as one verified file.
// Import first (what a returning inspector comes for), export below.
import { Flex, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { ExportCard } from './ExportCard'
import { ImportCard } from './ImportCard'

export function BundlesPage() {
  const { t } = useTranslation()
  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('bundles.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('bundles.intro')}</Typography.Text>
      </div>
      <ImportCard />
      <ExportCard />
    </Flex>
  )
}
