// The demo data set: what the first-run screen loads. See ./generate.ts for the contents and ./plant.ts
// for the planted rule breaches.
export { DEMO_SEED, generateDemo, type Demo, type DemoReport } from './generate'
export { PLANTED_KEYS, type PlantedKey } from './plant'
export { QUARTER as DEMO_QUARTER } from './world'
