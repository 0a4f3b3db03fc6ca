// How many cases the hostile-input catalogue holds, per door (one test file each): Vitest lists the
// tests without running them, so the README's count comes from the tables themselves.
// Usage: node scripts/hostile-count.mjs
import { execFileSync } from 'node:child_process'
import { basename } from 'node:path'

const listed = JSON.parse(
  execFileSync('npx', ['vitest', 'list', 'src/backends/hostileInputs', '--json'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 64 * 1024 * 1024,
  }),
)
const perDoor = new Map()
for (const { file } of listed)
  perDoor.set(basename(file, '.test.ts'), (perDoor.get(basename(file, '.test.ts')) ?? 0) + 1)
for (const [door, count] of [...perDoor].sort((a, b) => b[1] - a[1]))
  console.log(`${String(count).padStart(5)}  ${door}`)
console.log(`${String(listed.length).padStart(5)}  in all`)
