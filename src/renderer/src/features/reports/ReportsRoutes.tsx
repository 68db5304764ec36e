// Placeholder until the feature lands.
export function ReportsRoutes() {
  return null
}
