import type { Baseline, BaselineInput } from '@/domain/console/baselines'
import type { SettingKey, SettingValue, TenantSettings } from '@/domain/console/settings'
import { EXTERNAL_SHARING_LEVELS, SETTING_DEFINITIONS, SETTING_KEYS } from '@/domain/console/settings'

/** Mailbox sizes a baseline offers (MB); each tenant's own limit still applies when it is applied. */
export const BASELINE_MAILBOX_SIZES = [500, 1024, 2048, 5120, 10_240, 25_600] as const

/** The values a baseline can set a setting to; '' in the form means "not part of the baseline". */
export function settingChoices(key: SettingKey): readonly SettingValue[] {
  switch (SETTING_DEFINITIONS[key].kind) {
    case 'switch':
      return [true, false]
    case 'mailboxSize':
      return BASELINE_MAILBOX_SIZES
    case 'externalSharing':
      return EXTERNAL_SHARING_LEVELS
  }
}

export interface BaselineForm {
  name: string
  description: string
  /** Each setting's chosen value as the select holds it (a string), or '' when the baseline leaves it alone. */
  choices: Record<SettingKey, string>
}

export function toBaselineForm(baseline?: Baseline): BaselineForm {
  return {
    name: baseline?.name ?? '',
    description: baseline?.description ?? '',
    choices: Object.fromEntries(
      SETTING_KEYS.map(key => [key, baseline?.settings[key] === undefined ? '' : String(baseline.settings[key])]),
    ) as Record<SettingKey, string>,
  }
}

export function toBaselineInput(form: BaselineForm): BaselineInput {
  const settings: Partial<Record<SettingKey, SettingValue>> = {}
  for (const key of SETTING_KEYS) {
    const choice = settingChoices(key).find(value => String(value) === form.choices[key])
    if (choice !== undefined) settings[key] = choice
  }
  return { name: form.name, description: form.description, settings: settings as Partial<TenantSettings> }
}
