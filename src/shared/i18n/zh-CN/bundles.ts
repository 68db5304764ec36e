// Chinese: the bundles feature.
export const bundles = {
  title: '',
}
