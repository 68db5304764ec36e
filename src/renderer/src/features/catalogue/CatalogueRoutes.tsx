// Placeholder until the feature lands.
export function CatalogueRoutes() {
  return null
}
