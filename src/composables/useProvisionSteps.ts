import type { MaybeRefOrGetter } from 'vue'
import type { IsoDate } from '@/domain/dates'
import type { ValidationIssue } from '@/domain/validation'
import type { ProvisionForm, ProvisionStep } from '@/forms/provision'
import type { LocationQuery } from 'vue-router'
import { computed, nextTick, ref, shallowRef, toValue, useTemplateRef, watch } from 'vue'
import { useRoute, useRouter } from 'vue-router'
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
 * the backend's last word is shown on the step its field belongs to. Each step is a history entry
 * (`?step=domain`), so the browser's Back returns to the previous step with its entries, which the
 * page keeps; an address naming a step not yet reachable (a reload) opens the first one that is.
 * Expects the page's `<ProvisionStepForm ref="stepForm">`, whose title and fields take the focus.
 */
export function useProvisionSteps(
  steps: readonly ProvisionStep[],
  form: MaybeRefOrGetter<ProvisionForm | null>,
  takenPrefixes: MaybeRefOrGetter<ReadonlySet<string>>,
  today: MaybeRefOrGetter<IsoDate>,
) {
  const { byField } = useValidationMessages()
  const route = useRoute()
  const router = useRouter()
  const first = steps[0] ?? 'company'
  const ownRoute = route.name
  const step = ref<ProvisionStep>(first)
  const attempted = ref(new Set<ProvisionStep>())
  const serverIssues = shallowRef<ValidationIssue[]>([])
  const stepForm = useTemplateRef<StepFormElements>('stepForm')

  const stepIndex = computed(() => steps.indexOf(step.value))
  function issuesOf(of: ProvisionStep): ValidationIssue[] {
    const typed = toValue(form)
    return typed ? stepIssues(of, typed, toValue(takenPrefixes), toValue(today)) : []
  }
  const currentIssues = computed(() => issuesOf(step.value))
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

  /** The step an address names; the first step when it names none. */
  function stepIn(query: LocationQuery): ProvisionStep {
    const asked = query.step
    return typeof asked === 'string' && (steps as readonly string[]).includes(asked) ? (asked as ProvisionStep) : first
  }
  function queryFor(next: ProvisionStep): LocationQuery {
    const rest = { ...route.query }
    delete rest.step
    return next === first ? rest : { ...rest, step: next }
  }

  // The address leads: Next pushes a step, Back (the browser's or the form's) pops one.
  watch(
    [() => route.query, () => toValue(form) !== null],
    async () => {
      // Leaving the page: the next page's address names no step of this one.
      if (route.name !== ownRoute) return
      const asked = stepIn(route.query)
      const blocked = steps.slice(0, steps.indexOf(asked)).find(earlier => issuesOf(earlier).length > 0)
      if (blocked) return void router.replace({ query: queryFor(blocked) })
      if (asked === step.value) return
      const typed = toValue(form)
      if (asked === 'address' && typed) withContactAsSignatory(typed)
      step.value = asked
      await nextTick()
      stepForm.value?.heading?.focus()
    },
    { immediate: true },
  )

  async function goTo(next: ProvisionStep, how: 'push' | 'replace'): Promise<void> {
    await router[how]({ query: queryFor(next) })
    await nextTick()
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
    await goTo(steps[stepIndex.value + 1] ?? step.value, 'push')
  }

  /** The previous step: the history entry before this one when it is that step, else in its place. */
  async function back(): Promise<void> {
    const previous = steps[stepIndex.value - 1]
    if (!previous) return
    const before: unknown = window.history.state?.back
    const resolved = typeof before === 'string' ? router.resolve(before) : null
    if (resolved && resolved.name === route.name && stepIn(resolved.query) === previous) router.back()
    else await goTo(previous, 'replace')
  }

  /** The backend refused the request (say, another tab took the prefix): show it where it belongs. */
  async function showRefusal(issues: readonly ValidationIssue[]): Promise<void> {
    const refused = stepOfField(issues[0]?.field ?? '')
    await goTo(steps.includes(refused) ? refused : first, 'replace')
    serverIssues.value = [...issues]
    attempted.value = new Set(steps)
    await focusFirstInvalid()
  }

  return { step, stepIndex, errors, next, back, showRefusal }
}
