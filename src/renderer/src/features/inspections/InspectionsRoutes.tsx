// Placeholder until the feature lands.
export function InspectionsRoutes() {
  return null
}
