import { randomUUID } from 'node:crypto'

/** Entra's error body for a refused token request (https://learn.microsoft.com/entra/identity-platform/reference-error-codes). */
export function entraErrorBody(
  error: string,
  code: number,
  description: string,
  extra: Record<string, string> = {},
): Record<string, unknown> {
  return {
    error,
    error_description: `AADSTS${code}: ${description}`,
    error_codes: [code],
    timestamp: new Date().toISOString(),
    trace_id: randomUUID(),
    correlation_id: randomUUID(),
    ...extra,
  }
}
