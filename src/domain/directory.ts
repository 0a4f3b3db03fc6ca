import type { IsoDateTime } from './tenant'

/** Forefront's sender lists: mail from a safe sender skips spam filtering, from a blocked one is refused. */
export type SenderListKind = 'safe' | 'blocked'

export interface SenderEntry {
  readonly id: string
  readonly tenantId: string
  readonly list: SenderListKind
  /** An address (`name@domain.fr`) or a whole domain (`domain.fr`), stored in lower case. */
  readonly value: string
  readonly createdAt: IsoDateTime
}

export interface DistributionList {
  readonly id: string
  readonly tenantId: string
  readonly displayName: string
  /** The list's address is `<alias>@<tenant default domain>`. */
  readonly alias: string
  readonly memberIds: readonly string[]
  readonly createdAt: IsoDateTime
}

/** An outside person in the tenant's address book (an Exchange mail contact). */
export interface MailContact {
  readonly id: string
  readonly tenantId: string
  readonly displayName: string
  readonly email: string
  readonly createdAt: IsoDateTime
}

export type SiteTemplate = 'team' | 'document' | 'blank' | 'meeting' | 'blog' | 'wiki'
export const SITE_TEMPLATES: readonly SiteTemplate[] = ['team', 'document', 'blank', 'meeting', 'blog', 'wiki']

/** A SharePoint Online site collection. */
export interface SiteCollection {
  readonly id: string
  readonly tenantId: string
  readonly title: string
  /** The path after `/sites/`, e.g. `projets`. */
  readonly path: string
  readonly template: SiteTemplate
  readonly quotaMb: number
  readonly usedMb: number
  readonly createdAt: IsoDateTime
}
