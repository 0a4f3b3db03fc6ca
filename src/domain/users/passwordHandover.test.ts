import { describe, expect, it } from 'vitest'
import { passwordHandoverCsv } from './passwordHandover'

const headers = { name: 'Nom', userName: "Nom d'utilisateur", password: 'Mot de passe temporaire' }

describe('passwordHandoverCsv', () => {
  it('writes one row per account under the headers, quoting what needs it', () => {
    const csv = passwordHandoverCsv(
      [
        { name: 'Élodie Dupré', userName: 'elodie.dupre@dupre.fr', password: 'Ab3#kmnpQrstuvwx' },
        { name: 'Roux, Anne', userName: 'anne.roux@dupre.fr', password: 'Zz9"quote_here42' },
      ],
      headers,
    )
    expect(csv.split('\r\n')).toEqual([
      "Nom,Nom d'utilisateur,Mot de passe temporaire",
      'Élodie Dupré,elodie.dupre@dupre.fr,Ab3#kmnpQrstuvwx',
      '"Roux, Anne",anne.roux@dupre.fr,"Zz9""quote_here42"',
    ])
  })

  it('keeps a name that looks like a formula as text', () => {
    const csv = passwordHandoverCsv(
      [{ name: '=HYPERLINK("x")', userName: 'a@b.fr', password: 'Ab3#kmnpQrstuvwx' }],
      headers,
    )
    expect(csv.split('\r\n')[1]).toBe(`"'=HYPERLINK(""x"")",a@b.fr,Ab3#kmnpQrstuvwx`)
  })

  it('separates with semicolons for a French spreadsheet', () => {
    const csv = passwordHandoverCsv(
      [{ name: 'Dupré, Anne', userName: 'anne@dupre.fr', password: 'Ab3#kmnpQrstuvwx' }],
      { name: 'Nom', userName: "Nom d'utilisateur", password: 'Mot de passe temporaire' },
      ';',
    )
    expect(csv.split('\r\n')).toEqual([
      "Nom;Nom d'utilisateur;Mot de passe temporaire",
      'Dupré, Anne;anne@dupre.fr;Ab3#kmnpQrstuvwx',
    ])
  })
})
