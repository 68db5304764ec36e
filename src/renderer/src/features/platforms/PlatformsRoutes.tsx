// Placeholder until the feature lands.
export function PlatformsRoutes() {
  return null
}
