import type { TenantUser } from './users'
import Papa from 'papaparse'
import { escapeFormula } from '../csvCells'
import { userPrincipalName } from './users'

/** One account to hand over: who, how they sign in, and the temporary password they change at first sign-in. */
export interface PasswordHandoverAccount {
  readonly name: string
  readonly userName: string
  readonly password: string
}

export function handoverAccount(user: TenantUser, password: string): PasswordHandoverAccount {
  return { name: user.displayName, userName: userPrincipalName(user), password }
}

/**
 * The handover file: one row per account under headers in the reader's language. Names are kept
 * text for spreadsheets; passwords never start with a formula character (`temporaryPassword`), so
 * they stay exactly what was set.
 */
export function passwordHandoverCsv(
  accounts: readonly PasswordHandoverAccount[],
  headers: { readonly name: string; readonly userName: string; readonly password: string },
  /** The CSV dialect's separator: French Excel expects ";". */
  delimiter: ',' | ';' = ',',
): string {
  return Papa.unparse(
    [
      [headers.name, headers.userName, headers.password],
      ...accounts.map(account => [escapeFormula(account.name), escapeFormula(account.userName), account.password]),
    ],
    { newline: '\r\n', delimiter },
  )
}
