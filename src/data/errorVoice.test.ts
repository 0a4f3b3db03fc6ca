// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { BackendError, ConsoleUnavailable, type BackendErrorCode } from '@/backends/backend'
import { RelayRefusal } from '@/backends/relay/relayRefusal'
import { inComponent, realMessages } from '@/locales/testing'
import { errorVoiceCode, FORM_ERROR, retryMayHelp, useErrorVoice } from './errorVoice'

const CODES: readonly BackendErrorCode[] = [
  'validation',
  'notFound',
  'consoleUnavailable',
  'featureUnavailable',
  'unsupported',
  'storage',
  'invalidImport',
  'conflict',
  'unauthorized',
  'remote',
  'pending',
  'notLogged',
]

/** An error as the Graph adapter throws it when a client tenant wants the technician again. */
function signInNeeded(): Error {
  const error = new Error('The client tenant t1 needs the technician to sign in to it again')
  error.name = 'TenantSignInNeeded'
  return new Error('Graph call failed', { cause: error })
}

describe('the error voice', () => {
  const en = inComponent(useErrorVoice, 'en')
  const fr = inComponent(useErrorVoice, 'fr')

  it('says a full storage the same way whatever wrapped it, and any other storage refusal with the code', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    const dexie = Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: quota })
    const full = [
      new BackendError('storage', 'The browser could not save the prices (QuotaExceededError)', [], { cause: quota }),
      new BackendError('storage', 'The browser could not import the data (AbortError)', [], { cause: dexie }),
    ]
    for (const error of full)
      expect(en.say(error)).toBe(
        "This browser's storage is full, so nothing was saved. Free some disk space or leave private browsing, then try again.",
      )
    expect(fr.say(full[0])).toMatch(/^Le stockage de ce navigateur est plein/)
    const blocked = new BackendError('storage', 'x', [], { cause: new DOMException('no', 'InvalidStateError') })
    expect(en.say(blocked)).toBe(en.say(new BackendError('storage', 'y')))
    expect(en.say(full[0], 'save')).toMatch(/storage is full/)
  })

  it('says why a tenant has no console: a trial that ended is not called Deskless', () => {
    expect(en.say(new ConsoleUnavailable('trialEnded', 'x'))).toMatch(/^This tenant's trial has ended/)
    expect(fr.say(new ConsoleUnavailable('trialEnded', 'x'))).toMatch(/^L'essai de ce client est terminé/)
    expect(en.say(new ConsoleUnavailable('desklessOnly', 'x'))).toMatch(/Deskless Worker only/)
    expect(en.say(new ConsoleUnavailable('cancelled', 'x'))).toMatch(/subscriptions are cancelled/)
    expect(en.say(new BackendError('consoleUnavailable', 'x'))).not.toMatch(/Deskless/)
  })

  it('gives every backend code a sentence of its own, in English and in French', () => {
    const english = CODES.map(code => en.say(new BackendError(code, 'raw adapter text')))
    const french = CODES.map(code => fr.say(new BackendError(code, 'raw adapter text')))
    expect(new Set(english).size).toBe(CODES.length)
    expect(new Set(french).size).toBe(CODES.length)
    for (const sentence of [...english, ...french]) {
      expect(sentence).not.toContain('raw adapter text')
      expect(sentence).not.toMatch(/^errors\./)
    }
  })

  it('has a message for each code it can name, and no message for a code it cannot', () => {
    const codes = Object.keys((realMessages('en').errors as { code: object }).code).sort()
    expect(codes).toEqual([...CODES, 'signInNeeded', 'unexpected'].sort())
  })

  it('says a tenant wants a sign-in when the Graph adapter says so, however deep the cause', () => {
    expect(errorVoiceCode(signInNeeded())).toBe('signInNeeded')
    expect(en.say(signInNeeded())).toBe(
      'This tenant needs you to sign in to it again before anything can be read or changed there.',
    )
  })

  it("says the relay's app lacks its permission in that tenant, and what to do, with the correlation id", () => {
    const refusal = new RelayRefusal(403, { code: 'appPermissionMissing', message: 'no role' }, 'corr-42')
    const error = new BackendError('unsupported', 'change the settings: no role', [], { cause: refusal })
    expect(retryMayHelp(error)).toBe(false)
    const said = en.say(error, 'save')
    expect(said).toMatch(
      /^It couldn't be saved\. The partner relay has no permission for these settings in this tenant yet\. Consent this tenant again through the relay, as a technician holding Privileged Role Administrator there, then try again\. /,
    )
    expect(said).toContain('corr-42')
    expect(fr.say(error)).toMatch(/^Le relais du partenaire n'a pas encore d'autorisation/)
  })

  it('says the technician lacks the role the relay wants there, not to sign in again', () => {
    const refusal = new RelayRefusal(403, { code: 'roleMissing', message: 'no role' }, 'corr-43')
    const error = new BackendError('unsupported', 'change the settings: no role', [], { cause: refusal })
    expect(en.say(error)).toMatch(/^You hold neither SharePoint Administrator nor Global Administrator in this tenant/)
    expect(fr.say(error)).toMatch(/^Vous n'avez ni le rôle Administrateur SharePoint/)
  })

  it('never shows an unknown error’s own text', () => {
    expect(en.say(new TypeError('x is undefined'))).toBe(
      'Something went wrong. Try again; if it happens again, reload the page.',
    )
  })

  it('says what failed before why', () => {
    expect(en.say(new BackendError('remote', 'Graph 503'), 'load')).toBe(
      "It couldn't be read. The online service failed or is busy. Try again in a moment.",
    )
    expect(fr.say(new BackendError('conflict', ''), 'save')).toMatch(
      /^L'enregistrement n'a pas pu être fait\. Quelqu'un/,
    )
  })

  it('puts a validation refusal next to its field, and anything else under the form', () => {
    const refusal = new BackendError('validation', 'bad', [{ field: 'displayName', code: 'required' }])
    expect(Object.keys(en.byField(refusal))).toEqual(['displayName'])
    expect(en.byField(new BackendError('storage', 'QuotaExceededError'))).toEqual({
      [FORM_ERROR]: expect.stringContaining("This browser's storage refused"),
    })
  })

  it('offers a retry only where another attempt may work', () => {
    expect(retryMayHelp(new BackendError('remote', ''))).toBe(true)
    expect(retryMayHelp(new BackendError('storage', ''))).toBe(true)
    expect(retryMayHelp(new BackendError('validation', ''))).toBe(false)
    expect(retryMayHelp(new BackendError('consoleUnavailable', ''))).toBe(false)
  })
})
