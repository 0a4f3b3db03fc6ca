// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { h } from 'vue'
import CommonSelectField from './CommonSelectField.vue'
import CommonTextField from './CommonTextField.vue'

describe('CommonTextField', () => {
  it('ties its label, hint and error to the box, as CommonField around an input does', () => {
    const wrapper = mount(CommonTextField, {
      props: { label: 'Alias', hint: 'Letters only', error: 'Taken', modelValue: 'ann', spellcheck: 'false' },
    })
    const input = wrapper.get('input')
    expect(wrapper.get('label').attributes('for')).toBe(input.attributes('id'))
    expect(input.classes()).toEqual(['input'])
    expect(input.attributes('aria-invalid')).toBe('true')
    expect(input.attributes('spellcheck')).toBe('false')
    const describedBy = input.attributes('aria-describedby')!.split(' ')
    expect(describedBy.map(id => wrapper.get(`[id="${id}"]`).text())).toEqual(['Letters only', 'Taken'])
  })

  it('leaves out the attributes it is not given', () => {
    const input = mount(CommonTextField, { props: { label: 'Name', modelValue: '' } }).get('input')
    for (const name of ['type', 'inputmode', 'autocomplete', 'spellcheck', 'min', 'step', 'aria-describedby'])
      expect(input.attributes(name), name).toBeUndefined()
    expect(input.attributes('aria-invalid')).toBe('false')
  })

  it('hands what is typed to its model, a number for a number box', async () => {
    const text = mount(CommonTextField, { props: { label: 'Name', modelValue: '', 'onUpdate:modelValue': () => {} } })
    await text.get('input').setValue('Contoso')
    expect(text.emitted('update:modelValue')).toEqual([['Contoso']])
    const quota = mount(CommonTextField, {
      props: { label: 'Quota', type: 'number', modelValue: 1024, 'onUpdate:modelValue': () => {} },
    })
    await quota.get('input').setValue('2048')
    expect(quota.emitted('update:modelValue')).toEqual([[2048]])
  })
})

describe('CommonSelectField', () => {
  it('ties its label and error to the drop-down and selects the model among the slot options', async () => {
    const wrapper = mount(CommonSelectField<string | null>, {
      props: { label: 'Licence', error: 'None left', modelValue: 'b', 'onUpdate:modelValue': () => {} },
      slots: { default: () => [h('option', { value: null }, 'None'), h('option', { value: 'b' }, 'Business')] },
    })
    const select = wrapper.get<HTMLSelectElement>('select')
    expect(wrapper.get('label').attributes('for')).toBe(select.attributes('id'))
    expect(select.classes()).toEqual(['select'])
    expect(select.attributes('aria-invalid')).toBe('true')
    expect(select.element.value).toBe('b')
    select.element.selectedIndex = 0
    await select.trigger('change')
    expect(wrapper.emitted('update:modelValue')).toEqual([[null]])
  })
})
