// Placeholder until the feature lands.
export function AccountsRoutes() {
  return null
}
