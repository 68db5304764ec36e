// The platform form's contacts: a list the user grows and shrinks, each contact with name, position, phone
// and email, each field showing its own problem.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Col, Flex, Form, Input, Row, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Contact } from '@shared/domain/platform'
import type { Feedback } from './problems'

export const EMPTY_CONTACT: Contact = { name: '', role: '', phone: '', email: '' }

export function ContactsField({ feedback }: { feedback: Feedback }) {
  const { t } = useTranslation()
  return (
    <Form.List name="contacts">
      {(fields, { add, remove }) => (
        <Flex vertical gap={12}>
          {fields.map((field, index) => (
            <div key={field.key} data-testid="platform-contact" style={{ border: '1px solid rgba(5,5,5,0.09)', borderRadius: 4, padding: '8px 12px 0' }}>
              <Flex justify="space-between" align="center" style={{ marginBottom: 4 }}>
                <Typography.Text type="secondary">{t('platforms.contact.numbered', { n: index + 1 })}</Typography.Text>
                <Button
                  type="text"
                  size="small"
                  icon={<DeleteOutlined />}
                  onClick={() => remove(field.name)}
                  aria-label={t('platforms.contact.remove')}
                  title={t('platforms.contact.remove')}
                  data-testid="platform-contact-remove"
                />
              </Flex>
              <Row gutter={12}>
                <Col span={12}>
                  <Form.Item label={t('platforms.contact.name')} name={[field.name, 'name']} required {...feedback(`contacts.${field.name}.name`)}>
                    <Input data-testid="platform-contact-name" />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item label={t('platforms.contact.role')} name={[field.name, 'role']} {...feedback(`contacts.${field.name}.role`)}>
                    <Input data-testid="platform-contact-role" />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item label={t('platforms.contact.phone')} name={[field.name, 'phone']} required {...feedback(`contacts.${field.name}.phone`)}>
                    <Input placeholder={t('platforms.contact.phoneHint')} inputMode="tel" data-testid="platform-contact-phone" />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item label={t('platforms.contact.email')} name={[field.name, 'email']} {...feedback(`contacts.${field.name}.email`)}>
                    <Input inputMode="email" data-testid="platform-contact-email" />
                  </Form.Item>
                </Col>
              </Row>
            </div>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ ...EMPTY_CONTACT })} data-testid="platform-contact-add">
            {t('platforms.contact.add')}
          </Button>
        </Flex>
      )}
    </Form.List>
  )
}
