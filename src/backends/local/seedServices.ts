import type { MailSource, ServiceBilling, ServiceKind, ServiceRecord, ServiceStatus, ServiceUnit } from '@/domain/services'
import type { IsoDate } from '@/domain/tenant'
import { addDays } from '@/domain/dates'
import { cataloguePriceList } from '@/domain/pricing'

type SeedService = readonly [
  tenantId: string,
  kind: ServiceKind,
  description: string,
  quantity: number,
  unit: ServiceUnit,
  unitPriceMinor: number,
  billing: ServiceBilling,
  status: ServiceStatus,
  // Days from today: the quote, the scheduled start (or null), the delivery (or null).
  quoted: number,
  start: number | null,
  delivered: number | null,
  technician: string,
  mailSource?: MailSource,
]

// A partner's year of work around the subscriptions: migrations when tenants arrived, Office
// deployments, training, maintenance contracts billed monthly, and a few quotes still open.
const SERVICES: readonly SeedService[] = [
  ['tenant-dupre', 'mailMigration', 'Migration des boîtes POP3 d\'Orange vers Exchange Online', 11, 'mailboxes', 4_500, 'oneOff', 'invoiced', -120, -105, -104, 'Julien Marchand', 'pop3'],
  ['tenant-dupre', 'maintenance', 'Contrat de maintenance des postes de la boulangerie', 1, 'hours', 12_000, 'monthly', 'inProgress', -100, -90, null, 'Julien Marchand'],
  ['tenant-dupre', 'training', 'Formation Outlook Web Access pour les vendeuses', 0.5, 'days', 45_000, 'oneOff', 'quoted', -3, null, null, 'Sophie Lambert'],
  ['tenant-tilleuls', 'sharePointConfiguration', 'Espace SharePoint du secrétariat médical et droits d\'accès', 2, 'days', 65_000, 'oneOff', 'delivered', -40, -20, -18, 'Sophie Lambert'],
  ['tenant-lemoine', 'mailMigration', 'Reprise des boîtes Exchange 2003 du siège', 25, 'mailboxes', 3_800, 'oneOff', 'invoiced', -200, -190, -186, 'Karim Benali', 'exchange'],
  ['tenant-lemoine', 'officeProDeployment', 'Déploiement d\'Office Professionnel Plus sur les postes du dépôt', 18, 'workstations', 6_000, 'oneOff', 'scheduled', -10, 9, null, 'Karim Benali'],
  ['tenant-sni', 'workflowSetup', 'Circuit de validation des bons à tirer dans SharePoint', 3, 'days', 70_000, 'oneOff', 'accepted', -7, null, null, 'Sophie Lambert'],
  ['tenant-sni', 'maintenance', 'Infogérance de l\'atelier de production', 1, 'days', 58_000, 'monthly', 'inProgress', -150, -140, null, 'Karim Benali'],
  ['tenant-ecrins', 'installation', 'Installation des postes de la réception et du Wi-Fi', 1.5, 'days', 60_000, 'oneOff', 'delivered', -30, -12, -11, 'Julien Marchand'],
  ['tenant-saint-gilles', 'mailMigration', 'Migration des boîtes IMAP de la librairie', 9, 'mailboxes', 4_000, 'oneOff', 'cancelled', -60, null, null, 'Julien Marchand', 'imap4'],
  ['tenant-rochat', 'training', 'Formation SharePoint pour les collaborateurs de la fiduciaire', 6, 'hours', 9_500, 'oneOff', 'scheduled', -14, 5, null, 'Sophie Lambert'],
  ['tenant-aubert-nguyen', 'other', 'Audit du réseau avant la fin de l\'essai', 4, 'hours', 8_500, 'oneOff', 'quoted', -1, null, null, ''],
]

/** The demo partner's services, dated from `today`, at the price list's currency. */
export function demoServices(today: IsoDate, at: Date): ServiceRecord[] {
  const currency = cataloguePriceList().currency
  const recorded = at.toISOString()
  return SERVICES.map(([tenantId, kind, description, quantity, unit, unitPriceMinor, billing, status, quoted, start, delivered, technician, mailSource], i) => ({
    id: `service-${String(i + 1).padStart(2, '0')}`,
    tenantId,
    kind,
    description,
    quantity,
    unit,
    unitPriceMinor,
    currency,
    billing,
    mailSource: mailSource ?? null,
    quotedOn: addDays(today, quoted),
    startOn: start === null ? null : addDays(today, start),
    deliveredOn: delivered === null ? null : addDays(today, delivered),
    technician,
    notes: '',
    status,
    createdAt: recorded,
    updatedAt: recorded,
  }))
}
