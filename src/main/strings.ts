// Every string main shows the user (window title, menu labels, errors), in one place and in Chinese:
// dialog titles and filter names come from the renderer, which owns translation.

export const STRINGS = {
  appName: '自媒体监管',
  menu: {
    file: '文件',
    closeWindow: '关闭窗口',
    quit: '退出',
    edit: '编辑',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    selectAll: '全选',
    view: '视图',
    reload: '重新加载',
    toggleDevTools: '开发者工具',
    resetZoom: '实际大小',
    zoomIn: '放大',
    zoomOut: '缩小',
    fullscreen: '全屏',
    window: '窗口',
    minimize: '最小化',
    zoom: '缩放',
    help: '帮助',
    about: '关于自媒体监管',
  },
  about: {
    detail: (version: string, electron: string) => `版本 ${version}\nElectron ${electron}\n离线运行，数据只保存在本机。`,
    ok: '确定',
  },
  errors: {
    untrustedSender: '拒绝请求：请求不是来自本应用的页面。',
    invalidRequest: '拒绝请求：参数格式不正确。',
    fileTooLarge: (name: string) => `文件“${name}”超过 2 GiB，无法打开。请先拆分文件再导入。`,
    notAFile: (name: string) => `“${name}”不是文件，无法打开。`,
    badBackupName: '备份文件名无效：只能是 .zip 或 .json 文件名。',
  },
} as const
