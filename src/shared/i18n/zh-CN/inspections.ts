// Chinese: the inspections feature.
export const inspections = {
  title: '督导检查',
  closedImmutable: '该检查已办结，记录不可再修改',
}
