// Placeholder until the feature lands.
export function BundlesPage() {
  return null
}
