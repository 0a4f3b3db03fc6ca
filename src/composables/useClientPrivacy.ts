import { storeToRefs } from 'pinia'
import { useI18n } from 'vue-i18n'
import { usePresentationStore } from '@/stores/presentation'

/**
 * Other clients' personal data and what they pay, behind presentation mode: a prospect watching a
 * demo sees that a client has a contact and a bill, never who the contact is or how much. The
 * value isn't rendered at all (not even hidden), so it can't be read from the page or a print.
 */
export function useClientPrivacy() {
  const { presenting } = storeToRefs(usePresentationStore())
  const { t } = useI18n()
  return {
    /** Whether client data are masked now. */
    masked: presenting,
    /** The text, or "Hidden in presentation" in its place. */
    shown: (text: string): string => (presenting.value ? t('shell.presentation.masked') : text),
  }
}
