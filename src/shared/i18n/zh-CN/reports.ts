// Chinese: the reports feature.
export const reports = {
  title: '',
}
