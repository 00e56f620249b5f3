import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import { h } from 'vue'
import { en } from '../i18n/en'
import { zh } from '../i18n/zh'
import FormField from './FormField.vue'

function mountField(error: string | undefined, locale: 'en' | 'zh') {
  const i18n = createI18n({ legacy: false, locale, messages: { en, zh }, missingWarn: false })
  return mount(FormField, {
    props: { id: 'title-en', label: 'Title', error },
    slots: { default: (field: { id: string; describedBy?: string; invalid?: boolean }) =>
      h('input', { id: field.id, 'aria-describedby': field.describedBy, 'aria-invalid': field.invalid }) },
    global: { plugins: [i18n] },
  })
}

describe('a form field with the server error for it', () => {
  it('shows the error translated from its code and ties it to the input', () => {
    const field = mountField('not-blank', 'zh')
    expect(field.get('[data-field-error]').text()).toBe('必填。')
    const input = field.get('input')
    expect(input.attributes('aria-invalid')).toBe('true')
    expect(input.attributes('aria-describedby')).toBe('title-en-error')
    expect(field.get('label').attributes('for')).toBe('title-en')
  })

  it('falls back to a generic message for a code it does not know', () => {
    expect(mountField('brand-new-rule', 'en').get('[data-field-error]').text()).toBe('Not valid.')
  })

  it('shows nothing and marks nothing without an error', () => {
    const field = mountField(undefined, 'en')
    expect(field.find('[data-field-error]').exists()).toBe(false)
    expect(field.get('input').attributes('aria-invalid')).toBeUndefined()
  })
})
