import type { MaybeRefOrGetter } from 'vue'
import type { IsoDate } from '@/domain/dates'
import type { ValidationIssue } from '@/domain/validation'
import type { ProvisionForm, ProvisionStep } from '@/forms/provision'
import { computed, nextTick, ref, shallowRef, toValue, useTemplateRef, watch } from 'vue'
import { useValidationMessages } from './useValidationMessages'
import { stepIssues, stepOfField, withContactAsSignatory } from '@/forms/provision'

/** What `ProvisionStepForm` exposes: where the focus goes on a new step or a refused one. */
interface StepFormElements {
  readonly heading: HTMLElement | null
  readonly form: HTMLFormElement | null
}

/**
 * The provisioning steps as a person goes through them (a new tenant, or a quote becoming one):
 * a step can't be left with a known problem, its messages show once the person has tried, and
 * the backend's last word is shown on the step its field belongs to. Expects the page's
 * `<ProvisionStepForm ref="stepForm">`, whose title and fields take the focus.
 */
export function useProvisionSteps(
  steps: readonly ProvisionStep[],
  form: MaybeRefOrGetter<ProvisionForm | null>,
  takenPrefixes: MaybeRefOrGetter<ReadonlySet<string>>,
  today: MaybeRefOrGetter<IsoDate>,
) {
  const { byField } = useValidationMessages()
  const step = ref<ProvisionStep>(steps[0] ?? 'company')
  const attempted = ref(new Set<ProvisionStep>())
  const serverIssues = shallowRef<ValidationIssue[]>([])
  const stepForm = useTemplateRef<StepFormElements>('stepForm')

  const stepIndex = computed(() => steps.indexOf(step.value))
  const currentIssues = computed(() => {
    const typed = toValue(form)
    return typed ? stepIssues(step.value, typed, toValue(takenPrefixes), toValue(today)) : []
  })
  const errors = computed(() =>
    byField([
      ...(attempted.value.has(step.value) ? currentIssues.value : []),
      ...serverIssues.value.filter(issue => stepOfField(issue.field) === step.value),
    ]),
  )

  watch(
    () => toValue(form),
    () => {
      serverIssues.value = []
    },
    { deep: true },
  )

  async function goTo(next: ProvisionStep): Promise<void> {
    const typed = toValue(form)
    if (next === 'address' && typed) withContactAsSignatory(typed)
    step.value = next
    await nextTick()
    stepForm.value?.heading?.focus()
  }

  async function focusFirstInvalid(): Promise<void> {
    await nextTick()
    stepForm.value?.form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }

  async function next(): Promise<void> {
    if (currentIssues.value.length > 0) {
      attempted.value = new Set([...attempted.value, step.value])
      await focusFirstInvalid()
      return
    }
    await goTo(steps[stepIndex.value + 1] ?? step.value)
  }

  async function back(): Promise<void> {
    await goTo(steps[stepIndex.value - 1] ?? step.value)
  }

  /** The backend refused the request (say, another tab took the prefix): show it where it belongs. */
  async function showRefusal(issues: readonly ValidationIssue[]): Promise<void> {
    const first = stepOfField(issues[0]?.field ?? '')
    await goTo(steps.includes(first) ? first : (steps[0] ?? 'company'))
    serverIssues.value = [...issues]
    attempted.value = new Set(steps)
    await focusFirstInvalid()
  }

  return { step, stepIndex, errors, next, back, showRefusal }
}
