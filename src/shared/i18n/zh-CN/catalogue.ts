// Chinese: the catalogue feature.
export const catalogue = {
  title: '',
}
