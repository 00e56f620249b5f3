import { describe, expect, it } from 'vitest'
import { topics } from '../../api/resources'
import { defineDesk, desks, participantFields } from './desks'
import { draftFor, inputFor } from './fields'

describe('desk fields', () => {
  it('turns a record into a draft and back into the input that replaces it, groups and references included', () => {
    const venue = {
      id: 'v1',
      name: { en: 'Seoul Energy Dream Center', ko: '서울에너지드림센터' },
      addressLocal: '서울특별시 마포구 하늘공원로 108-1',
      city: { id: 'c1', name: { en: 'Seoul' } },
      latitude: 37.5678,
      longitude: 126.8847,
    }
    const draft = draftFor(desks.venues.fields, venue)
    expect(draft.cityId).toBe('c1')
    expect(draft.latitude).toBe('37.5678')
    expect(inputFor(desks.venues.fields, draft)).toEqual({
      name: { en: 'Seoul Energy Dream Center', ko: '서울에너지드림센터' },
      addressLocal: '서울특별시 마포구 하늘공원로 108-1',
      cityId: 'c1',
      latitude: 37.5678,
      longitude: 126.8847,
    })
  })

  it('sends the tiers of a person as groups, and leaves a group out when nothing in it is filled', () => {
    const draft = draftFor(desks.people.fields, undefined)
    Object.assign(draft, { familyName: ' Li ', givenName: 'Na', languages: 'zh, en ko', 'protectedDetails.passportNumber': 'E12345678' })
    expect(inputFor(desks.people.fields, draft)).toEqual({
      familyName: 'Li',
      givenName: 'Na',
      languages: ['zh', 'en', 'ko'],
      protectedDetails: { passportNumber: 'E12345678' },
    })
  })

  it('starts a choice at its first value and a list of references empty, and upper-cases codes meant so', () => {
    const draft = draftFor(desks.trips.fields, undefined)
    expect(draft.status).toBe('draft')
    expect(draft.topicIds).toEqual([])
    draft.hostCountry = 'kr'
    const input = inputFor<{ hostCountry?: string; topicIds: string[]; title: { en: string } }>(desks.trips.fields, draft)
    expect(input.hostCountry).toBe('KR')
    expect(input.topicIds).toEqual([])
    // A required text is sent even when empty, so the server names the missing field.
    expect(input.title).toEqual({ en: '' })
  })

  it('reads a reference from the record under its own name (organisation → organisationId)', () => {
    const draft = draftFor(participantFields, { role: 'member', organisation: { id: 'o1' }, position: { en: 'Director' } })
    expect(inputFor(participantFields, draft)).toEqual({ role: 'member', organisationId: 'o1', position: { en: 'Director' } })
  })

  it('is refused by the type check when its fields leave a property of the input out', () => {
    const code = { kind: 'text', path: 'code', label: 'form.code', maxlength: 64 } as const
    const name = { kind: 'localized', path: 'name', label: 'form.name', maxlength: 200, required: true } as const
    const description = { kind: 'localized', path: 'description', label: 'form.description', maxlength: 4000 } as const
    const shown = { route: 'topic', list: 'topics', title: () => '', summary: () => '' }
    const whole = defineDesk(topics)({ ...shown, fields: [code, name, description] })
    // @ts-expect-error the topic's description is left out: a replace from this form would erase it
    const partial = defineDesk(topics)({ ...shown, fields: [code, name] })
    expect(whole.fields.map((field) => field.path)).toEqual(['code', 'name', 'description'])
    expect(partial.fields).toHaveLength(2)
  })
})
