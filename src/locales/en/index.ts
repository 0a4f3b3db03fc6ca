import { bundle } from '../bundle'

// Every feature's messages for this language, in one chunk loaded right after the first page.
export default bundle(import.meta.glob('./*.json', { eager: true }))
