// Placeholder until the feature lands.
export function AuditPage() {
  return null
}
