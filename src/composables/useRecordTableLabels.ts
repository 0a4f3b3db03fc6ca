import type { ComputedRef } from 'vue'
import type { RecordTableLabels } from '@/components/common/RecordTableCard.vue'
import { computed } from 'vue'
import { useI18n } from 'vue-i18n'

/**
 * What a RecordTableCard says, read from one feature's messages: `title`, `empty`, `deleteTitle`, `deleteConfirm`,
 * and `deleteLabel`, `created`, `deleted` named after the record (`named` gives their placeholders). Computed, so a
 * change of language re-labels the card.
 */
export function useRecordTableLabels<T>(
  prefix: string,
  named: (record: T) => Record<string, string>,
  titleKey = `${prefix}.title`,
): ComputedRef<RecordTableLabels<T>> {
  const { t } = useI18n()
  return computed(() => ({
    title: t(titleKey),
    empty: t(`${prefix}.empty`),
    deleteLabel: record => t(`${prefix}.deleteLabel`, named(record)),
    deleteTitle: t(`${prefix}.deleteTitle`),
    deleteConfirm: t(`${prefix}.deleteConfirm`),
    created: record => t(`${prefix}.created`, named(record)),
    deleted: record => t(`${prefix}.deleted`, named(record)),
  }))
}
