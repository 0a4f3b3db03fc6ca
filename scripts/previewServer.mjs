// The production build served by `vite preview` for the measuring scripts, and a wait until it answers.
import { spawn } from 'node:child_process'

export function startPreview(dist, port) {
  const base = `http://127.0.0.1:${port}`
  const server = spawn(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'].concat([
      '--outDir',
      dist,
    ]),
    { stdio: 'ignore' },
  )
  async function waitForServer() {
    for (let attempt = 0; attempt < 100; attempt++) {
      try {
        if ((await fetch(base)).ok) return
      } catch {}
      await new Promise(resolve => setTimeout(resolve, 100))
    }
    throw new Error(`No server on ${base}`)
  }
  return { base, server, waitForServer }
}
