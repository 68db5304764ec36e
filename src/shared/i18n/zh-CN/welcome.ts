// Chinese: the welcome feature.
export const welcome = {
  title: '',
}
