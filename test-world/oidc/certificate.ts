import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface Certificate {
  readonly key: string
  readonly cert: string
}

/**
 * A throw-away self-signed certificate for https://localhost (MSAL refuses http authorities).
 * Made at every start with openssl, in a temporary folder removed at once: never on disk for long,
 * never committed.
 */
export function makeLocalhostCertificate(): Certificate {
  const folder = mkdtempSync(join(tmpdir(), 'bpos-oidc-'))
  try {
    const keyFile = join(folder, 'key.pem')
    const certFile = join(folder, 'cert.pem')
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=localhost',
        '-addext',
        'subjectAltName=DNS:localhost,IP:127.0.0.1',
        '-keyout',
        keyFile,
        '-out',
        certFile,
      ],
      { stdio: 'ignore' },
    )
    return { key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8') }
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}
