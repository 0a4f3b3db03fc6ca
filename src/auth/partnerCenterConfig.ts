/** What the build says about Partner Center (Vite bakes `VITE_*` in at build time). */
export interface PartnerCenterEnv {
  /**
   * `true` when the partner's app registration has the Partner Center permission and the partner a Partner Center
   * account.
   */
  readonly VITE_PARTNER_CENTER_ENABLED?: string
  readonly VITE_PARTNER_CENTER_BASE_URL?: string
}

export interface PartnerCenterConfig {
  /** Partner Center's REST root, without a version: `https://api.partnercenter.microsoft.com` unless the build points elsewhere. */
  readonly baseUrl: string
}

export const DEFAULT_PARTNER_CENTER_BASE_URL = 'https://api.partnercenter.microsoft.com'

/**
 * Partner Center's configuration: null when the build doesn't enable it (provisioning then says
 * so), 'invalidUrl' when it does with a base URL that isn't http(s).
 */
export function readPartnerCenterConfig(env: PartnerCenterEnv): PartnerCenterConfig | null | 'invalidUrl' {
  if (env.VITE_PARTNER_CENTER_ENABLED?.trim().toLowerCase() !== 'true') return null
  const baseUrl = (env.VITE_PARTNER_CENTER_BASE_URL?.trim() || DEFAULT_PARTNER_CENTER_BASE_URL).replace(/\/+$/, '')
  try {
    if (/^https?:$/.test(new URL(baseUrl).protocol)) return { baseUrl }
  } catch {}
  return 'invalidUrl'
}
