// Chinese: the accounts feature.
export const accounts = {
  title: '',
}
