// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import CommonFilterSelect from './CommonFilterSelect.vue'

const choices = [
  { value: 'active', label: 'Active' },
  { value: 'trial', label: 'Trial' },
]

describe('CommonFilterSelect', () => {
  it('offers "all" first, then the choices, and writes the one picked', async () => {
    const wrapper = mount(CommonFilterSelect<string>, {
      props: { label: 'Status', allLabel: 'All statuses', choices, modelValue: '', 'onUpdate:modelValue': () => {} },
    })
    expect(wrapper.get('label').text()).toContain('Status')
    const options = wrapper.findAll('option')
    expect(options.map(option => [option.element.value, option.text()])).toEqual([
      ['', 'All statuses'],
      ['active', 'Active'],
      ['trial', 'Trial'],
    ])
    await wrapper.get('select').setValue('trial')
    expect(wrapper.emitted('update:modelValue')).toEqual([['trial']])
  })

  it('keeps the value a filter uses for "all" when it is not empty', () => {
    const wrapper = mount(CommonFilterSelect<string>, {
      props: { label: 'Licence', allLabel: 'All licences', allValue: 'all', choices, modelValue: 'all' },
    })
    expect(wrapper.get('option').element.value).toBe('all')
    expect(wrapper.get('select').element.value).toBe('all')
  })
})
