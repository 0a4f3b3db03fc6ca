// Lighthouse (desktop preset, median of 3) on the console's main routes, beside the floor: a bare Vue + Vue Router +
// Pinia page (scripts/measure-floor/) built here with the project's own versions. Both are served by `vite preview`
// and measured in the same run, so the ratios hold on a busy machine even when the absolute times don't.
// Each run starts with empty storage, as Lighthouse does: a browser's first visit, demo seed included.
// Usage: called by scripts/measure.mjs; alone, `node scripts/measure-lighthouse.mjs` after `vite build`.
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import desktopConfig from 'lighthouse/core/config/desktop-config.js'
import { build, preview } from 'vite'

const RUNS = 3
const floorRoot = fileURLToPath(new URL('./measure-floor/', import.meta.url))
const floorDist = join(tmpdir(), 'bpos-measure-floor')

/** The console's pages measured: the first page, the list, a demo tenant's overview and the quote builder. */
export const ROUTES = [
  ['dashboard', '/'],
  ['tenants', '/tenants'],
  ['overview', '/tenants/tenant-dupre'],
  ['quote', '/quotes/new'],
]

async function serve(outDir, port) {
  return preview({
    configFile: false,
    logLevel: 'silent',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true },
  })
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

/** One Lighthouse run's figures: score, CLS, LCP, TBT, the JavaScript it transferred and its request count. */
function figures(lhr) {
  const requests = lhr.audits['network-requests']?.details?.items ?? []
  const scripts = requests.filter(item => item.resourceType === 'Script')
  return {
    score: lhr.categories.performance.score,
    cls: lhr.audits['cumulative-layout-shift'].numericValue,
    lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
    tbtMs: Math.round(lhr.audits['total-blocking-time'].numericValue),
    jsKB: Math.round(scripts.reduce((total, item) => total + (item.transferSize ?? 0), 0) / 102.4) / 10,
    requests: requests.length,
  }
}

/** The median of each figure over the runs (each taken on its own, as Lighthouse's own median-run helper does). */
function medianOf(runs) {
  return Object.fromEntries(Object.keys(runs[0]).map(key => [key, median(runs.map(run => run[key]))]))
}

/**
 * Builds the floor, serves it and the console's build (`dist`), and runs Lighthouse on each route.
 * Returns { floor, pages: { name: figures } }.
 */
export async function measureLighthouse({ dist = 'dist', port = 4291, floorPort = 4292, chromePath } = {}) {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: floorRoot,
    plugins: [vue()],
    build: { outDir: floorDist, emptyOutDir: true, target: 'es2022', modulePreload: { polyfill: false } },
  })
  const servers = [await serve(dist, port), await serve(floorDist, floorPort)]
  const chrome = await chromeLauncher.launch({
    chromePath: chromePath ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  })
  async function median3(url) {
    const runs = []
    for (let run = 0; run < RUNS; run++) {
      const result = await lighthouse(
        url,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
        desktopConfig,
      )
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
      if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.message}`)
      runs.push(figures(result.lhr))
    }
    return medianOf(runs)
  }
  try {
    const floor = await median3(`http://127.0.0.1:${floorPort}/`)
    const pages = {}
    for (const [name, path] of ROUTES) pages[name] = await median3(`http://127.0.0.1:${port}${path}`)
    return { floor, pages }
  } finally {
    chrome.kill()
    await Promise.all(servers.map(server => server.close()))
  }
}

/** Prints each page beside the floor, with the ratios of JavaScript and requests to the floor's. */
export function printLighthouse({ floor, pages }) {
  const row = (name, f) =>
    `${name.padEnd(10)} ${f.score.toFixed(2).padStart(5)} ${f.cls.toFixed(3).padStart(6)} ${String(f.lcpMs).padStart(6)} ` +
    `${String(f.tbtMs).padStart(5)} ${f.jsKB.toFixed(1).padStart(7)} ${String(f.requests).padStart(4)}`
  console.log('Lighthouse, desktop, median of 3   score    CLS  LCP ms TBT ms  JS KB  req  JS×floor req×floor')
  console.log(row('floor', floor))
  for (const [name, f] of Object.entries(pages))
    console.log(
      `${row(name, f)}  ${(f.jsKB / floor.jsKB).toFixed(1).padStart(8)} ${(f.requests / floor.requests).toFixed(1).padStart(9)}`,
    )
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await measureLighthouse({ dist: process.env.MEASURE_DIST ?? 'dist' })
  printLighthouse(result)
  console.log(JSON.stringify(result))
}
