// `npm start`: the development server, with a browser tab opened only where one can be. On a machine with no desktop
// (a server, a container, SSH without X forwarding) Vite's `--open` prints the opener's error stack on every start,
// although the server runs on; there it prints the address only. Usage: node scripts/start.mjs [vite options].
import { spawn } from 'node:child_process'
import process from 'node:process'
import { fileURLToPath } from 'node:url'

/**
 * Whether a browser can be opened here: macOS and Windows have a desktop; elsewhere (Linux, the BSDs) there is one
 * only with an X11 or Wayland display.
 * @param {string} platform `process.platform`
 * @param {Record<string, string | undefined>} env `process.env`
 */
export function canOpenBrowser(platform, env) {
  if (platform === 'darwin' || platform === 'win32') return true
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const open = canOpenBrowser(process.platform, process.env)
  const vite = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url))
  const child = spawn(process.execPath, [vite, ...(open ? ['--open'] : []), ...process.argv.slice(2)], {
    stdio: 'inherit',
  })
  // Ctrl+C reaches the server through the shared terminal; its exit code becomes ours.
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}
