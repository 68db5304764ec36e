// Chinese: the platforms feature.
export const platforms = {
  title: '',
}
