import { describe, expect, it } from 'vitest'
import type { Platform } from '../domain/platform'
import { withCheckChar } from './credit-code'
import { isChinesePhone, nameKey, uniquenessProblems, validatePlatformInput } from './validate'

const CODE = withCheckChar('91110108MA01ABCD3')

const good = {
  name: '  某某短视频  ',
  operator: '北京某某科技有限公司',
  creditCode: ` ${CODE.toLowerCase()} `,
  types: ['live', 'shortVideo', 'live'],
  jurisdiction: '北京市',
  contacts: [{ name: '张三', role: '内容安全负责人', phone: '13800138000', email: 'zhang@example.com' }],
  note: '',
}

function problemsOf(input: unknown) {
  const result = validatePlatformInput(input)
  if (result.ok) throw new Error('expected problems')
  return result.problems
}

describe('validatePlatformInput', () => {
  it('accepts a complete platform and normalises it', () => {
    const result = validatePlatformInput(good)
    expect(result).toEqual({
      ok: true,
      value: { ...good, name: '某某短视频', creditCode: CODE, types: ['live', 'shortVideo'] },
    })
  })

  it('fills in what may be left out: role, email, note, contacts', () => {
    const { note: _n, contacts: _c, ...rest } = good
    const result = validatePlatformInput({ ...rest, contacts: [{ name: '李四', phone: '010-12345678' }] })
    expect(result.ok && result.value).toMatchObject({ note: '', contacts: [{ name: '李四', role: '', phone: '010-12345678', email: '' }] })
    expect(validatePlatformInput(rest)).toMatchObject({ ok: true, value: { contacts: [] } })
  })

  it('names each missing field with its own key', () => {
    expect(problemsOf({ name: ' ', operator: '', creditCode: '', types: [], jurisdiction: '' })).toEqual([
      { path: 'name', key: 'validation.platform.nameRequired' },
      { path: 'operator', key: 'validation.platform.operatorRequired' },
      { path: 'creditCode', key: 'validation.platform.creditCodeRequired' },
      { path: 'types', key: 'validation.typesRequired' },
      { path: 'jurisdiction', key: 'validation.platform.jurisdictionRequired' },
    ])
    expect(problemsOf({})).toContainEqual({ path: 'types', key: 'validation.typesRequired' })
  })

  it('gives the limit with a too-long field, counted after trimming', () => {
    expect(validatePlatformInput({ ...good, name: ` ${'平'.repeat(100)} ` }).ok).toBe(true)
    expect(problemsOf({ ...good, name: '平'.repeat(101) })).toEqual([{ path: 'name', key: 'validation.platform.nameTooLong', params: { max: 100 } }])
    expect(problemsOf({ ...good, operator: 'x'.repeat(201) })).toEqual([{ path: 'operator', key: 'validation.platform.operatorTooLong', params: { max: 200 } }])
    expect(problemsOf({ ...good, note: 'x'.repeat(2001) })).toEqual([{ path: 'note', key: 'validation.platform.noteTooLong', params: { max: 2000 } }])
  })

  it('checks the credit code with its check character', () => {
    const wrong = CODE.slice(0, 17) + (CODE.endsWith('1') ? '2' : '1')
    expect(problemsOf({ ...good, creditCode: wrong })).toEqual([{ path: 'creditCode', key: 'validation.creditCode.checksum' }])
    expect(problemsOf({ ...good, creditCode: CODE.slice(0, 17) })).toEqual([{ path: 'creditCode', key: 'validation.creditCode.length' }])
  })

  it('reads a full-width credit code typed with a Chinese input method', () => {
    const fullWidth = CODE.replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
    expect(validatePlatformInput({ ...good, creditCode: fullWidth })).toMatchObject({ ok: true, value: { creditCode: CODE } })
  })

  it('refuses unknown platform types', () => {
    expect(problemsOf({ ...good, types: ['news', 'blog'] })).toEqual([{ path: 'types.1', key: 'validation.platform.typeUnknown' }])
  })

  it('checks each contact, naming it by position', () => {
    const contacts = [
      { name: '张三', phone: '13800138000' },
      { name: '', phone: '12345', email: 'not-an-email' },
    ]
    expect(problemsOf({ ...good, contacts })).toEqual([
      { path: 'contacts.1.name', key: 'validation.platform.contactNameRequired' },
      { path: 'contacts.1.phone', key: 'validation.phone' },
      { path: 'contacts.1.email', key: 'validation.email' },
    ])
    expect(problemsOf({ ...good, contacts: [{ name: '王五', phone: ' ' }] })).toEqual([
      { path: 'contacts.0.phone', key: 'validation.platform.phoneRequired' },
    ])
  })

  it('refuses what is not a platform at all with one message', () => {
    expect(problemsOf(null)).toEqual([{ path: '', key: 'validation.platform.notAnObject' }])
    expect(problemsOf({ ...good, name: 42 })).toEqual([{ path: 'name', key: 'validation.platform.nameRequired' }])
  })
})

describe('Chinese phone numbers', () => {
  it.each([
    '13800138000', '+8613800138000', '+86 138 0013 8000', '0086-138-0013-8000', '19912345678',
    '010-12345678', '0755-1234567', '021 87654321', '(010)12345678', '010-12345678-123', '0571-88888888转8001', '01012345678',
  ])('accepts %s', (phone) => expect(isChinesePhone(phone)).toBe(true))

  it.each(['12345678901', '1380013800', '138001380001', '10-12345678', '010-123456', 'abc', '+1 2025550123', '010-12345678-'])(
    'refuses %s',
    (phone) => expect(isChinesePhone(phone)).toBe(false),
  )

  it('reads full-width digits', () => {
    expect(validatePlatformInput({ ...good, contacts: [{ name: '张三', phone: '１３８００１３８０００' }] })).toMatchObject({
      ok: true, value: { contacts: [{ phone: '13800138000' }] },
    })
  })
})

describe('uniqueness', () => {
  const stored = (id: string, name: string, creditCode: string, archived = false): Platform => ({
    id, name, creditCode, archived, operator: '', types: ['news'], jurisdiction: '', contacts: [], note: '', createdAt: '', updatedAt: '',
  })
  const other = withCheckChar('91310000MA1FL0000')
  const existing = [stored('p1', 'Weibo 微博', CODE), stored('p2', '旧平台', other, true)]

  it('treats names alike whatever their case, width and spacing', () => {
    expect(nameKey('ＷＥＩＢＯ　 微博 ')).toBe(nameKey('weibo 微博'))
    expect(uniquenessProblems({ name: 'ＷＥＩＢＯ  微博', creditCode: withCheckChar('91440300MA5F00001') }, existing)).toEqual([
      { path: 'name', key: 'validation.duplicateName', params: { name: 'Weibo 微博' } },
    ])
  })

  it('leaves an archived platform’s name free but never its credit code', () => {
    expect(uniquenessProblems({ name: '旧平台', creditCode: withCheckChar('91440300MA5F00001') }, existing)).toEqual([])
    expect(uniquenessProblems({ name: '新平台', creditCode: other.toLowerCase() }, existing)).toEqual([
      { path: 'creditCode', key: 'validation.duplicateCreditCode', params: { name: '旧平台' } },
    ])
  })

  it('does not compare a platform with itself', () => {
    expect(uniquenessProblems({ id: 'p1', name: 'weibo 微博', creditCode: CODE }, existing)).toEqual([])
  })

  it('checks no name for an archived platform, and the name again when it is restored', () => {
    const archivedTwin = { id: 'p3', name: 'Weibo 微博', creditCode: withCheckChar('91440300MA5F00001') }
    expect(uniquenessProblems({ ...archivedTwin, archived: true }, existing)).toEqual([])
    expect(uniquenessProblems({ ...archivedTwin, archived: false }, existing)).toHaveLength(1)
  })
})
