// Words for the demo: people's names, account nicknames by field, company and MCN names, and the one-line
// summaries platforms write for each violation type. All invented; places are left as 某地/某区.
import type { ACCOUNT_FIELDS, ViolationType } from '../domain/records'
import type { Rng } from './random'

const SURNAMES = Array.from('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴孔汤')
const GIVEN = Array.from('伟芳娜秀敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂英华玉兰飞鹏辉建文斌宇浩凯晨欣怡雪琳婷然睿博轩涵子梓思雨晓佳嘉俊志昊泽宁安')

export function personName(rng: Rng): string {
  const given = rng.chance(0.7) ? rng.pick(GIVEN) + rng.pick(GIVEN) : rng.pick(GIVEN)
  return rng.pick(SURNAMES) + given
}

export type AccountField = (typeof ACCOUNT_FIELDS)[number]
export const REGULATED_FIELDS: readonly AccountField[] = ['金融', '教育', '医疗卫生', '司法']

const NICK_PREFIX = ['老王', '小鹿', '阿杰', '城南', '江畔', '半山', '北巷', '东篱', '西窗', '大鱼', '橘子', '柚子', '木木', '阿花', '小满', '青衫', '星野', '南风', '晚舟', '山月', '一颗', '胖虎', '七七', '糖糖', '老周', '阿远', '麦田', '松间', '听雨', '小林']
const FIELD_TOPICS: Record<AccountField, readonly string[]> = {
  金融: ['理财', '基金', '财富', '投资', '保险'],
  教育: ['育儿', '考研', '英语', '数学', '学堂', '升学'],
  医疗卫生: ['健康', '养生', '医生', '护理', '营养'],
  司法: ['说法', '律师', '法务', '普法'],
  时政: ['观察', '时评', '热点', '视点'],
  社会: ['见闻', '故事', '街坊', '纪实'],
  娱乐: ['八卦', '追星', '影视', '综艺', '音乐'],
  科技: ['数码', '科技', '极客', '评测'],
  财经: ['财经', '商业', '经济', '市场'],
  生活: ['美食', '旅行', '家居', '日常', '穿搭', '宠物'],
  其他: ['杂谈', '随笔', '手记', '碎碎念'],
}
const NICK_SUFFIX = ['', '', '说', '谈', '君', '笔记', '日记', '频道', '小站', '工作室', '实验室', '百科', '在线']
const FIRM_WORDS = ['恒远', '睿丰', '嘉禾', '启明', '华辰', '博润', '锦程', '泓信', '瑞泽', '鼎越', '汇通', '安和', '景行', '致远', '明德', '德容', '弘毅', '卓然', '万象', '同舟']
const FIRM_KINDS: Partial<Record<AccountField, readonly string[]>> = {
  金融: ['财富管理', '投资咨询'],
  教育: ['教育科技', '培训学校'],
  医疗卫生: ['健康管理', '医疗门诊部'],
  司法: ['律师事务所'],
  科技: ['电子科技', '软件'],
}
const MCN_WORDS = ['星耀', '光合', '蜂鸟', '繁星', '点睛', '青橙', '燃点', '鲸落', '拾贝', '火山口', '银河', '初见', '新芽', '萤火', '潮汐', '纸鸢', '远山', '小森林', '奇点', '暖阳', '蓝鲸', '麦穗', '海盐', '流萤']
const MCN_KINDS = ['文化传媒有限公司', '网络科技有限公司', '文化传播有限公司', '传媒科技有限公司']
const CITIES = ['南京', '苏州', '无锡', '常州', '南通', '扬州', '徐州', '镇江', '泰州', '盐城']

export function personalAccountName(rng: Rng, field: AccountField): string {
  return rng.pick(NICK_PREFIX) + rng.pick(FIELD_TOPICS[field]) + rng.pick(NICK_SUFFIX)
}

/** A company's short name and its account's name (企业号). */
export function enterpriseName(rng: Rng, field: AccountField): { company: string; account: string } {
  const word = rng.pick(FIRM_WORDS)
  const kind = rng.pick(FIRM_KINDS[field] ?? ['文化传媒', '商贸', '网络科技'])
  const city = rng.pick(CITIES)
  return { company: `${city}${word}${kind}有限公司`, account: `${word}${kind}${rng.pick(['', '官方', '官微', '服务号'])}` }
}

/** MCN names are drawn without repetition across the whole demo, so each names one organisation. */
export function mcnNames(rng: Rng, count: number, taken: Set<string>): string[] {
  const out: string[] = []
  for (let guard = 0; out.length < count && guard < count * 50; guard++) {
    const name = `${rng.pick(CITIES)}${rng.pick(MCN_WORDS)}${rng.pick(MCN_KINDS)}`
    if (taken.has(name)) continue
    taken.add(name)
    out.push(name)
  }
  return out
}

const INCIDENTS = ['化工园区爆炸致多人伤亡', '自来水源遭污染', '学校食堂集体中毒', '地铁全线停运', '大桥坍塌', '景区封闭', '银行暂停取现', '医院拒收急诊病人']
const HOT_TOPICS = ['高考成绩发布', '台风过境', '演唱会退票', '某地暴雨', '网红餐厅停业', '开学季']

const SUMMARIES: Record<ViolationType, readonly string[]> = {
  rumour: ['编造发布“某地{incident}”不实信息', '转发“某地{incident}”谣言，未核实来源', '捏造“{incident}”相关视频配文，引发恐慌'],
  impersonation: ['仿冒某区政务机构名称和标识注册账号', '使用与某新闻媒体近似的名称和头像发布信息', '冒用某地行政区划名称开设“官方”账号'],
  noSource: ['发布涉及公共政策的信息未标注来源', '转载时事新闻未标注信息来源'],
  fictionUnlabelled: ['发布虚构剧情短视频未添加“虚构演绎”标签', '摆拍情景剧冒充真实事件，未作标注'],
  distortion: ['断章取义剪辑某发布会视频，歪曲原意', '拼接合成图片歪曲事实'],
  hotTopicHype: ['借“{topic}”事件编发煽动性内容博取流量', '围绕“{topic}”批量发布同质化标题党内容'],
  negativeCompilation: ['集纳拼凑多地负面事件制作合集', '汇编社会负面案例渲染焦虑情绪'],
  oldNewsRehash: ['将三年前旧闻当作新近事件发布', '翻炒已处置完毕的旧事，未说明时间地点'],
  disasterExploitation: ['借某地暴雨灾情摆拍博取关注并带货', '利用事故遇难者信息制作煽情内容引流'],
  followInducement: ['以“防失联”为由诱导用户关注其他账号', '故留悬念诱导用户提前关注'],
  matrixPublishing: ['操纵多个账号同步发布同质化违规内容', '与关联账号矩阵式转发不实信息'],
  vulgarPersona: ['打造低俗“炫富”人设吸粉引流', '直播中以低俗表演博取打赏'],
  unaccreditedProfessional: ['未取得相关资质发布{field}专业领域信息', '以“专家”身份发布{field}建议，未经资质认证'],
  maliciousMarketing: ['组织多账号协同炒作并引流至私域销售', '以虚假测评恶意营销'],
  other: ['发布其他违反社区规范的内容', '评论区发布不友善言论'],
}

export function summaryFor(rng: Rng, violation: ViolationType, field: string): string {
  const professional = REGULATED_FIELDS.includes(field as AccountField) ? field : rng.pick(REGULATED_FIELDS)
  return rng
    .pick(SUMMARIES[violation])
    .replace('{incident}', rng.pick(INCIDENTS))
    .replace('{topic}', rng.pick(HOT_TOPICS))
    .replace('{field}', professional)
}

/** A field for a new account, weighted by what each kind of platform carries. */
export function fieldFor(rng: Rng, regulatedShare: number): AccountField {
  if (rng.chance(regulatedShare)) return rng.weighted([['金融', 3], ['教育', 3], ['医疗卫生', 3], ['司法', 1]] as const)
  return rng.weighted([['时政', 4], ['社会', 14], ['娱乐', 20], ['科技', 9], ['财经', 8], ['生活', 24], ['其他', 8]] as const)
}
