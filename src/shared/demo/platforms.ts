// The demo's platforms: nine FICTIONAL websites and apps (invented names; any likeness to a real service is
// accidental — the data shows violations) registered in one province's cities, covering all six platform
// types the notice names, several with more than one. Each has its own house style for ids and headers,
// as real submissions do.
import type { Contact, Platform, PlatformType } from '../domain/platform'
import { withCheckChar } from '../platform/credit-code'
import type { Rng } from './random'
import { personName } from './vocabulary'

export interface PlatformSpec {
  name: string
  /** the made-up domain (under the reserved `.example` TLD) used in content links */
  domain: string
  /** the brand part of the operator's name */
  brand: string
  operatorSuffix: string
  types: PlatformType[]
  city: string
  district: string
  /** administrative division code of the district (the credit code's characters 3–8) */
  division: string
  /** accounts in the report before planted ones are added */
  accounts: number
  /** a second, monthly snapshot of accounts, so follower changes can be seen */
  twoSnapshots: boolean
  /** the year the platform opened, the earliest registration date */
  since: number
  /** how its account and disposition ids look */
  accountId: (n: number) => string
  dispositionId: (n: number) => string
  /** reports lengths as an end date instead of a number of days */
  endDates: boolean
  /** day of October 2026 the reports arrived */
  receivedDay: number
  /** which header wording the platform's files use (see headers.ts) */
  headerStyle: number
}

const pad = (n: number, width: number) => String(n).padStart(width, '0')

export const PLATFORM_SPECS: readonly PlatformSpec[] = [
  {
    name: '青禾资讯', domain: 'qinghe.example', brand: '青禾', operatorSuffix: '网络科技有限公司', types: ['news'],
    city: '南京市', district: '建邺区', division: '320105', accounts: 1650, twoSnapshots: true, since: 2016,
    accountId: (n) => `QH${pad(10_000_000 + n * 37, 8)}`, dispositionId: (n) => `QH-CZ-2026-${pad(n, 6)}`,
    endDates: false, receivedDay: 8, headerStyle: 0,
  },
  {
    name: '云雀社区', domain: 'yunque.example', brand: '云雀', operatorSuffix: '网络科技有限公司', types: ['community', 'social'],
    city: '苏州市', district: '工业园区', division: '320571', accounts: 1250, twoSnapshots: false, since: 2014,
    accountId: (n) => String(3_100_000_000 + n * 7919), dispositionId: (n) => `YQ2026${pad(n, 7)}`,
    endDates: true, receivedDay: 9, headerStyle: 1,
  },
  {
    name: '栖木视频', domain: 'qimu.example', brand: '栖木', operatorSuffix: '信息技术有限公司', types: ['shortVideo', 'live'],
    city: '南京市', district: '雨花台区', division: '320114', accounts: 1950, twoSnapshots: true, since: 2018,
    accountId: (n) => `qm_${pad(200_000 + n * 13, 9)}`, dispositionId: (n) => `QMCZ${pad(n, 8)}`,
    endDates: false, receivedDay: 9, headerStyle: 2,
  },
  {
    name: '萤川直播', domain: 'yingchuan.example', brand: '萤川', operatorSuffix: '网络科技有限公司', types: ['live', 'social'],
    city: '无锡市', district: '滨湖区', division: '320211', accounts: 880, twoSnapshots: false, since: 2017,
    accountId: (n) => `YC${pad(5_000_000 + n * 101, 9)}`, dispositionId: (n) => `YC-${pad(n, 6)}`,
    endDates: false, receivedDay: 10, headerStyle: 0,
  },
  {
    name: '问渠知识', domain: 'wenqu.example', brand: '问渠', operatorSuffix: '网络科技有限公司', types: ['qa', 'community'],
    city: '常州市', district: '武进区', division: '320412', accounts: 620, twoSnapshots: false, since: 2013,
    accountId: (n) => `wq${pad(40_000 + n * 3, 7)}`, dispositionId: (n) => `WQ${pad(n, 6)}`,
    endDates: true, receivedDay: 12, headerStyle: 1,
  },
  {
    name: '鹿鸣圈', domain: 'luming.example', brand: '鹿鸣', operatorSuffix: '网络科技有限公司', types: ['social'],
    city: '南通市', district: '崇川区', division: '320613', accounts: 1020, twoSnapshots: true, since: 2015,
    accountId: (n) => String(800_000_000 + n * 211), dispositionId: (n) => `LM${pad(n, 7)}`,
    endDates: false, receivedDay: 12, headerStyle: 2,
  },
  {
    name: '听澜论坛', domain: 'tinglan.example', brand: '听澜', operatorSuffix: '文化传播有限公司', types: ['community'],
    city: '扬州市', district: '邗江区', division: '321003', accounts: 360, twoSnapshots: false, since: 2009,
    accountId: (n) => `TL${pad(n + 1, 6)}`, dispositionId: (n) => `TL-2026-${pad(n, 5)}`,
    endDates: true, receivedDay: 15, headerStyle: 1,
  },
  {
    name: '南枝新闻', domain: 'nanzhi.example', brand: '南枝', operatorSuffix: '信息技术有限公司', types: ['news', 'shortVideo'],
    city: '徐州市', district: '云龙区', division: '320303', accounts: 720, twoSnapshots: false, since: 2019,
    accountId: (n) => `NZ${pad(60_000_000 + n * 17, 8)}`, dispositionId: (n) => `NZCZ-${pad(n, 6)}`,
    endDates: false, receivedDay: 13, headerStyle: 0,
  },
  {
    name: '溪山问答', domain: 'xishan.example', brand: '溪山', operatorSuffix: '网络科技有限公司', types: ['qa'],
    city: '苏州市', district: '姑苏区', division: '320508', accounts: 310, twoSnapshots: false, since: 2020,
    accountId: (n) => `xs${pad(7_000 + n * 29, 7)}`, dispositionId: (n) => `XS${pad(n, 5)}`,
    endDates: true, receivedDay: 20, headerStyle: 2,
  },
]

const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'

/** A valid unified social credit code for a company (登记管理部门 9, 类别 1) in the given division. */
export function companyCreditCode(rng: Rng, division: string): string {
  let org = ''
  for (let i = 0; i < 9; i++) org += rng.pick(CODE_CHARS.split(''))
  return withCheckChar(`91${division}${org}`)
}

function mobile(rng: Rng): string {
  return `1${rng.pick(['3', '5', '7', '8', '9'])}${String(rng.int(0, 999_999_999)).padStart(9, '0')}`
}

const CONTACT_ROLES = ['内容安全负责人', '网信工作联络员', '法务合规经理'] as const
const LOGINS = ['zhang', 'li', 'wang', 'chen', 'liu', 'zhao', 'sun', 'zhou', 'wu', 'xu', 'ma', 'hu'] as const

function contacts(rng: Rng, spec: PlatformSpec): Contact[] {
  const count = rng.int(1, 3)
  return CONTACT_ROLES.slice(0, count).map((role) => ({
    name: personName(rng),
    role,
    phone: mobile(rng),
    email: `${rng.pick(LOGINS)}${rng.int(1, 99)}@${spec.domain}`,
  }))
}

export function buildPlatform(rng: Rng, spec: PlatformSpec, createdAt: string): Platform {
  return {
    id: rng.uuid(),
    name: spec.name,
    operator: `${spec.city.replace(/市$/, '')}${spec.brand}${spec.operatorSuffix}`,
    creditCode: companyCreditCode(rng, spec.division),
    types: [...spec.types],
    jurisdiction: `江苏省${spec.city}${spec.district}`,
    contacts: contacts(rng, spec),
    note: '演示数据：虚构平台，如有雷同纯属巧合。',
    archived: false,
    createdAt,
    updatedAt: createdAt,
  }
}
