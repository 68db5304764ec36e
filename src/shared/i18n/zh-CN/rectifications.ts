// Chinese: the rectifications feature.
export const rectifications = {
  title: '',
}
