// Placeholder until the feature lands.
export function RectificationsRoutes() {
  return null
}
