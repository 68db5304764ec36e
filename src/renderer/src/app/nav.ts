// The navigation's entries, in order; routes.tsx gives each its page and icon. End-to-end page objects
// import this list too, so a renamed entry breaks them at compile time.
export const NAV_KEYS = ['overview', 'import', 'reports', 'accounts', 'findings', 'scorecard', 'inspections', 'rectifications', 'bundles', 'platforms', 'catalogue', 'audit', 'settings'] as const
export type NavKey = (typeof NAV_KEYS)[number]
