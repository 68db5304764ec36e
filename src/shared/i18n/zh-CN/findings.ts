// Chinese: the findings feature.
export const findings = {
  title: '问题清单',
  notFound: '该问题已不存在',
  reasonRequired: '请填写排除的理由',
  phase: {
    reading: '正在读取报送数据',
    checking: '正在执行规则检查',
    saving: '正在保存检查结果',
  },
}
