import type { TenantRow } from '@/domain/tenant/tenantList'
import { useI18n } from 'vue-i18n'
import { useRouter } from 'vue-router'
import { STATUS_TONE } from './statusTone'
import { useFormat } from '@/composables/useFormat'

/** What a tenant row shows, as text: worked out once per row and language, not on every frame of a scroll. */
export interface TenantRowView {
  /** The tenant's overview. */
  readonly href: string
  readonly offers: string
  readonly seats: string
  readonly status: { readonly label: string; readonly tone: string }
  readonly console: string
  readonly baseline: {
    readonly name: string
    readonly badge: string
    readonly tone: string
    /** How many of its settings this backend couldn't read, if any. */
    readonly notReadable: string | null
  } | null
}

/**
 * Each tenant row's texts, kept per row object (a row read afresh is a new object) and per
 * language. A scroll through 5,000 tenants then only places rows: no translation, number
 * formatting or route resolution per cell and frame.
 */
export function useTenantRowViews() {
  const { t, locale } = useI18n()
  const format = useFormat()
  const router = useRouter()
  let cache = { locale: '', views: new WeakMap<TenantRow, TenantRowView>(), texts: new Map<string, string>() }
  const hrefs = new Map<string, string>()

  /** The tenant's overview, as a link's address (the same in every language). */
  function hrefOf(tenantId: string): string {
    let href = hrefs.get(tenantId)
    if (href === undefined) {
      href = router.resolve({ name: 'tenant-overview', params: { tenantId } }).href
      hrefs.set(tenantId, href)
    }
    return href
  }

  /** Opens a row's link in the page, as RouterLink does; with a modifier key or another button, as the browser does. */
  function follow(event: MouseEvent, href: string): void {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.altKey ||
      event.ctrlKey ||
      event.shiftKey
    )
      return
    event.preventDefault()
    void router.push(href)
  }

  /** A text many rows share (a status, an offer, "12 / 20"), translated once per language. */
  function text(key: string, make: () => string): string {
    let made = cache.texts.get(key)
    if (made === undefined) {
      made = make()
      cache.texts.set(key, made)
    }
    return made
  }
  const counted = (key: string, n: number) => text(`${key}:${n}`, () => t(key, { n: format.number(n) }, n))

  function make(row: TenantRow): TenantRowView {
    const { baseline } = row
    return {
      href: hrefOf(row.id),
      offers: text(`offers:${row.offers.join()}`, () => row.offers.map(id => t(`offers.${id}.short`)).join(', ')),
      seats: text(`seats:${row.seatsAssigned}/${row.seatsPurchased}`, () =>
        t('tenants.list.seatsUsed', {
          used: format.number(row.seatsAssigned),
          purchased: format.number(row.seatsPurchased),
        }),
      ),
      status: { label: text(row.status, () => t(`tenants.status.${row.status}`)), tone: STATUS_TONE[row.status] },
      console: row.consoleAvailable
        ? text('available', () => t('tenants.console.available'))
        : text('unavailable', () => t('tenants.console.unavailable')),
      baseline: baseline && {
        name: baseline.name,
        // Nothing could be compared: neither in line nor drifted, unknown.
        ...(baseline.drift > 0
          ? { badge: counted('tenants.baseline.drifted', baseline.drift), tone: 'badge--warning' }
          : baseline.compared === 0 && baseline.unknown > 0
            ? { badge: text('unknown', () => t('tenants.baseline.unknown')), tone: '' }
            : { badge: text('inLine', () => t('tenants.baseline.inLine')), tone: 'badge--success' }),
        notReadable: baseline.unknown > 0 ? counted('tenants.baseline.notReadable', baseline.unknown) : null,
      },
    }
  }

  /** The row's texts in the current language (reading the language, so a render follows it). */
  function viewOf(row: TenantRow): TenantRowView {
    if (cache.locale !== locale.value) cache = { locale: locale.value, views: new WeakMap(), texts: new Map() }
    let view = cache.views.get(row)
    if (!view) {
      view = make(row)
      cache.views.set(row, view)
    }
    return view
  }

  return { viewOf, hrefOf, follow }
}
