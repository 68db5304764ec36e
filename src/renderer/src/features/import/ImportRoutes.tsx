// Placeholder until the feature lands.
export function ImportRoutes() {
  return null
}
