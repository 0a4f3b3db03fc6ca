import type { Subscription } from '@/domain/tenant/tenant'
import type { TenantUser } from '@/domain/users/users'
import { useI18n } from 'vue-i18n'
import { USER_EXPORT_COLUMNS, userExportRows } from '@/domain/users/usersExport'
import { downloadCsv } from './csvFile'
import { useCsvDialect } from './useCsvDialect'

/** Downloads users as a CSV file in the interface's language and the chosen CSV dialect. */
export function useUserCsv() {
  const { t } = useI18n()
  const { unparse } = useCsvDialect()

  function download(users: readonly TenantUser[], subscriptions: readonly Subscription[], fileName: string): void {
    const rows = userExportRows(users, subscriptions, {
      offer: offerId => t(`offers.${offerId}.name`),
      noLicence: t('users.licence.none'),
      blocked: blocked => t(blocked ? 'users.status.blocked' : 'users.status.allowed'),
      service: on => t(on ? 'users.bulk.csv.on' : 'users.bulk.csv.off'),
    })
    const fields = USER_EXPORT_COLUMNS.map(column => t(`users.bulk.csv.${column}`))
    downloadCsv(unparse({ fields, data: rows.map(row => USER_EXPORT_COLUMNS.map(column => row[column])) }), fileName)
  }

  return { download }
}
