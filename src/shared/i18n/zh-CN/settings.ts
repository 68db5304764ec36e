// Chinese: the settings page.
export const settings = {
  title: '设置',
  profile: '使用人信息',
  profileHint: '操作日志以此记录每一次修改的操作人。',
  name: '姓名',
  office: '单位',
  officePlaceholder: '例如：某市委网信办网络管理处',
  language: '界面语言',
  about: '关于',
  version: '版本',
  host: '运行环境',
  hostElectron: '桌面应用',
  hostBrowser: '浏览器',
  storage: '数据存储',
  storageHint: '所有数据保存在本机，不联网、不上传。',
}
