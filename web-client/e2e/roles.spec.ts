import { expect, test } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { API_URL } from './env'
import { PERSONAL_DATA, asOrganiser, consentDecisions, createSession, enrol, expectAccessible, refuseNextSessionSave, sampleTrip, screenshotBothSizes, signIn } from './support'

test('anonymous visitors see the programme, nothing of people, and no editing', async ({ page, request }) => {
  const trip = await sampleTrip(request)
  const session = await createSession(request, trip)
  await page.goto(`/trips/${trip.id}`)
  await expect(page.getByRole('heading', { level: 1, name: trip.title.en })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Edit trip' })).toHaveCount(0)
  await expect(page.getByRole('navigation', { name: 'Trip sections' }).getByRole('link', { name: 'Delegation' })).toHaveCount(0)
  await page.goto(`/sessions/${session.id}`)
  await expect(page.getByRole('heading', { level: 1, name: session.title })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Edit session' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Delete session' })).toHaveCount(0)
  // Asking for the delegation anyway: a sign-in, not people.
  await page.goto(`/trips/${trip.id}/delegation`)
  await expect(page.getByTestId('problem')).toContainText('Sign in to see this.')
  await expect(page.getByTestId('delegation')).toHaveCount(0)
})

test('a partner signs in, sees the delegation and cannot edit', async ({ page, request }) => {
  const trip = await sampleTrip(request)
  const masked = await enrol(request, trip, { familyName: 'Masked', protectedDetails: { passportNumber: PERSONAL_DATA.partnersDelegatePassport } })
  await page.goto('/')
  await page.getByRole('link', { name: 'Sign in' }).click()
  await page.getByLabel('Partner agency').check()
  await page.getByTestId('sign-in').getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByTestId('signed-in-as')).toHaveText('Partner agency')

  await page.goto(`/trips/${trip.id}/delegation`)
  // The delegate with a passport is on the page (so "no passport shown" is about them), without it.
  await expect(page.getByText(masked.person.givenName)).toBeVisible()
  await expect(page.getByTestId('passport-masked')).toHaveCount(0)
  // Neither masked nor in full (the given names of test delegates carry digits, so not the last four alone).
  await expect(page.getByTestId('delegation').filter({ hasText: /••••|P777/ })).toHaveCount(0)
  await expect(page.getByRole('link', { name: /^Edit / })).toHaveCount(0)
  await expect(page.getByRole('link', { name: 'Personal record' })).toHaveCount(0)
  await page.goto(`/trips/${trip.id}`)
  await expect(page.getByRole('link', { name: 'Edit trip' })).toHaveCount(0)
})

test('a participant signs in, sees and changes their own record, and nobody else\'s', async ({ page, request }) => {
  const organiser = await asOrganiser(request)
  const people = (await (await request.get(`${API_URL}/api/v1/people?size=100&sort=familyName`, { headers: organiser })).json()) as {
    items: { id: string; familyName: string; givenName: string }[]
  }
  const me = people.items[0]!
  const other = people.items[1]!

  await page.goto('/sign-in')
  await page.getByLabel('Participant').check()
  await page.getByLabel('Person').selectOption(me.id)
  await page.getByTestId('sign-in').getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByTestId('signed-in-as')).toHaveText('Participant')

  await page.getByRole('link', { name: 'My record' }).click()
  await expect(page.getByTestId('protected-details')).toBeVisible()
  await page.getByLabel('Phone').fill(PERSONAL_DATA.participantPhone)
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByTestId('saved')).toHaveText('Saved.')
  await expect(page.getByLabel('Phone')).toHaveValue(PERSONAL_DATA.participantPhone)
  const stored = (await (await request.get(`${API_URL}/api/v1/people/${me.id}`, { headers: organiser })).json()) as {
    contact: { phone?: string }
  }
  expect(stored.contact.phone).toBe(PERSONAL_DATA.participantPhone)
  await screenshotBothSizes(page, 'my-record')

  await page.goto(`/people/${other.id}`)
  await expect(page.getByTestId('problem')).toContainText('This no longer exists')
  await expect(page.getByTestId('protected-details')).toHaveCount(0)
})

test('a participant sees their trip\'s programme and fellow delegates, and may edit nothing of the trip', async ({ page, request }) => {
  const trip = await sampleTrip(request)
  const me = await enrol(request, trip, { familyName: 'Looking' })
  const fellow = await enrol(request, trip, { familyName: 'Fellow', protectedDetails: { passportNumber: PERSONAL_DATA.fellowDelegatePassport } })
  await signIn(page, request, 'participant', me.person.id)

  await page.goto(`/trips/${trip.id}/itinerary`)
  await expect(page.getByTestId('itinerary')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Sample: Opening of the study trip' })).toBeVisible()
  await page.goto(`/trips/${trip.id}/delegation`)
  await expect(page.getByText(fellow.person.givenName)).toBeVisible()
  await expect(page.getByTestId('delegation').filter({ hasText: /••••|F111/ })).toHaveCount(0)
  await expect(page.getByRole('link', { name: 'Personal record' })).toHaveCount(0)
  await expect(page.getByRole('link', { name: /^Edit / })).toHaveCount(0)
  await page.goto(`/trips/${trip.id}`)
  await expect(page.getByRole('heading', { level: 1, name: trip.title.en })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Edit trip' })).toHaveCount(0)
  // Their own record: the passport is shown, not editable.
  await page.goto(`/people/${me.person.id}`)
  await expect(page.getByTestId('protected-details')).toBeVisible()
  await expect(page.getByLabel('Passport number')).toHaveCount(0)
})

test('an organiser sees a delegate\'s protected details and every editing control', async ({ page, request }) => {
  await signIn(page, request, 'organiser')
  const trip = await sampleTrip(request)
  await enrol(request, trip, { familyName: 'Masked', protectedDetails: { passportNumber: PERSONAL_DATA.maskedDelegatePassport } })
  await page.goto(`/trips/${trip.id}/delegation`)
  // Lists show a passport only masked; the full number is on the record.
  await expect(page.getByTestId('passport-masked').filter({ hasText: '••••1234' })).toHaveCount(1)
  await expect(page.getByTestId('delegation').filter({ hasText: PERSONAL_DATA.maskedDelegatePassport })).toHaveCount(0)
  await page.getByRole('link', { name: 'Personal record' }).first().click()
  await expect(page.getByTestId('protected-details')).toBeVisible()
  await page.goto(`/trips/${trip.id}`)
  await expect(page.getByRole('link', { name: 'Edit trip' })).toBeVisible()
})

test('a sign-in that expires mid-edit keeps the form, and saving works after signing in again', async ({ page, request }) => {
  const trip = await sampleTrip(request)
  const session = await createSession(request, trip)
  await signIn(page, request, 'organiser')
  await page.goto(`/sessions/${session.id}/edit`)
  await expect(page.getByLabel('Title (English)')).toHaveValue(session.title)
  await page.getByLabel('Title (English)').fill(`${session.title} (typed before expiry)`)
  await refuseNextSessionSave(page, request, session.id)

  await page.getByRole('button', { name: 'Save' }).click()
  const problem = page.getByTestId('problem')
  await expect(problem).toContainText('Your sign-in has expired')
  await expect(page.getByLabel('Title (English)')).toHaveValue(`${session.title} (typed before expiry)`)

  await problem.getByRole('button', { name: 'Sign in again' }).click()
  await expect(problem).toContainText('Signed in again')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByRole('heading', { level: 1, name: `${session.title} (typed before expiry)` })).toBeVisible()
})

test('an organiser sees who read a record, downloads it and erases it', async ({ page, request }) => {
  const organiser = await asOrganiser(request)
  const created = await request.post(`${API_URL}/api/v1/people`, {
    headers: organiser,
    data: { familyName: 'Erasable', givenName: `Delegate ${Date.now()}`, protectedDetails: { passportNumber: PERSONAL_DATA.erasedPersonPassport } },
  })
  expect(created.status()).toBe(201)
  const person = (await created.json()) as { id: string; givenName: string }
  await signIn(page, request, 'organiser')
  await page.goto(`/people/${person.id}`)
  await expect(page.getByTestId('protected-details')).toContainText(PERSONAL_DATA.erasedPersonPassport)

  const rights = page.getByTestId('data-rights')
  await expect(rights.getByTestId('access-log')).toContainText('local-organiser')
  await expect(rights.getByTestId('access-log')).toContainText('viewed')
  await expectAccessible(page)
  await screenshotBothSizes(page, 'person-record-organiser')

  const download = page.waitForEvent('download')
  await rights.getByRole('button', { name: 'Download all data (JSON)' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe(`personal-data-${person.id}.json`)
  const exported = JSON.parse(await readFile((await file.path())!, 'utf8')) as { person: { id: string } }
  expect(exported.person.id).toBe(person.id)
  await expect(rights.getByTestId('access-log')).toContainText('exported')

  await rights.getByRole('button', { name: 'Erase personal data' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Erase personal data' }).click()
  await expect(rights.getByTestId('erased')).toContainText('Personal data erased on')
  await expect(page.getByTestId('protected-details')).not.toContainText(PERSONAL_DATA.erasedPersonPassport)
  await expect(page.getByLabel('Phone')).toHaveCount(0)
  const stored = (await (await request.get(`${API_URL}/api/v1/people/${person.id}`, { headers: organiser })).json()) as {
    erasedAt?: string
    givenName?: string
  }
  expect(stored.erasedAt).toBeTruthy()
  expect(stored.givenName).not.toBe(person.givenName)
})

test('a participant may download their own data but neither erase it nor see the access log', async ({ page, request }) => {
  const organiser = await asOrganiser(request)
  const people = (await (await request.get(`${API_URL}/api/v1/people?size=1&sort=familyName`, { headers: organiser })).json()) as {
    items: { id: string }[]
  }
  await signIn(page, request, 'participant', people.items[0]!.id)
  await page.goto(`/people/${people.items[0]!.id}`)
  const rights = page.getByTestId('data-rights')
  await expect(rights.getByRole('button', { name: 'Download all data (JSON)' })).toBeVisible()
  await expect(rights.getByRole('button', { name: 'Erase personal data' })).toHaveCount(0)
  await expect(rights.getByTestId('access-log')).toHaveCount(0)
})


test('a participant withdraws their own consent from their record; giving it stays with the secretariat', async ({ page, request }) => {
  const trip = await sampleTrip(request)
  const organiser = await asOrganiser(request)
  const enrolled = await enrol(request, trip, { familyName: 'Withdrawing' })
  const granted = await request.post(`${API_URL}/api/v1/participants/${enrolled.id}/consents`, {
    headers: organiser,
    data: { purpose: 'photos-and-publicity', noticeVersion: '2025-09', decision: 'granted' },
  })
  expect(granted.status()).toBe(201)

  await signIn(page, request, 'participant', enrolled.person.id)
  await page.goto(`/people/${enrolled.person.id}`)
  const consents = page.getByTestId('consents')
  await expect(consents.getByRole('heading', { name: `Your consent · ${trip.title.en}` })).toBeVisible()
  await expect(consents.getByTestId('consent-photos-and-publicity')).toContainText('Granted')
  await expect(consents.getByRole('button', { name: 'Record decision' })).toHaveCount(0)
  await consents.getByRole('button', { name: 'Withdraw consent: Photos and publicity' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Withdraw' }).click()
  await expect(consents.getByTestId('consent-photos-and-publicity')).toContainText('Withdrawn · privacy notice 2025-09')
  await expect(consents.getByRole('button', { name: /^Withdraw consent/ })).toHaveCount(0)

  expect(await consentDecisions(request, enrolled.id)).toEqual(['granted', 'withdrawn'])
})
