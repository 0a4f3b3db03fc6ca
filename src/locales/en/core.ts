import { bundle } from '../bundle'

// What the first page (the shell and the tenant list) says; index.ts brings the rest.
export default bundle(import.meta.glob(['./common.json', './shell.json', './tenants.json', './offers.json'], { eager: true }))
