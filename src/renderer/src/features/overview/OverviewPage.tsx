// Placeholder until the feature lands.
export function OverviewPage() {
  return null
}
