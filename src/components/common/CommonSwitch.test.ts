// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import CommonSwitch from './CommonSwitch.vue'

describe('CommonSwitch', () => {
  it('shows the stored value again when the save of a flip fails', async () => {
    const wrapper = mount(CommonSwitch, { props: { label: 'POP3', modelValue: true, 'onUpdate:modelValue': () => {} } })
    const box = wrapper.get<HTMLInputElement>('input[role="switch"]')
    await box.setValue(false)
    expect(wrapper.emitted('update:modelValue')).toEqual([[false]])
    // The parent saves (busy), the save is refused: the stored value stays true.
    await wrapper.setProps({ busy: true })
    expect(box.element.checked).toBe(false)
    await wrapper.setProps({ busy: false, error: 'This change could not be saved.' })
    expect(box.element.checked).toBe(true)
  })

  it('keeps the new value when the save stores it', async () => {
    const wrapper = mount(CommonSwitch, { props: { label: 'POP3', modelValue: true, 'onUpdate:modelValue': () => {} } })
    const box = wrapper.get<HTMLInputElement>('input[role="switch"]')
    await box.setValue(false)
    await wrapper.setProps({ busy: true })
    await wrapper.setProps({ busy: false, modelValue: false })
    expect(box.element.checked).toBe(false)
  })
})

describe('CommonSwitch while saving', () => {
  it('stays enabled, so the focus stays on it, and ignores a flip until the save settles', async () => {
    const wrapper = mount(CommonSwitch, {
      props: { label: 'POP3', modelValue: true, busy: true, 'onUpdate:modelValue': () => {} },
      attachTo: document.body,
    })
    const box = wrapper.get<HTMLInputElement>('input[role="switch"]')
    expect(box.element.disabled).toBe(false)
    expect(box.attributes('aria-disabled')).toBe('true')
    box.element.focus()
    box.element.click()
    expect(box.element.checked).toBe(true)
    expect(wrapper.emitted('update:modelValue')).toBeUndefined()
    expect(document.activeElement).toBe(box.element)
    wrapper.unmount()
  })
})
