// Chinese: the overview feature.
export const overview = {
  title: '',
}
