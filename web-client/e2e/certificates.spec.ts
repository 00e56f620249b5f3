import { expect, test } from '@playwright/test'
import type { components } from '../src/api/schema'
import { API_URL, WEB_URL } from './env'
import { PHONE, asOrganiser, enrol, expectAccessible, lecture, sampleTrip, signIn, tripOfToday } from './support'

type Schemas = components['schemas']

test('an organiser marks attendance on a phone, also while offline, and issues the certificates it earns', async ({ page, request, context }) => {
  await page.setViewportSize(PHONE)
  const trip = await tripOfToday(request)
  const session = await lecture(request, trip, 'Urban heat lecture', -20)
  const zhang = await enrol(request, trip, { familyName: 'Zhang', givenName: 'Min', familyNameNative: '张', givenNameNative: '敏' })
  const li = await enrol(request, trip, { familyName: 'Li', givenName: 'Na' })
  await signIn(page, request, 'organiser')

  await page.goto(`/sessions/${session}/attendance`)
  await expect(page.getByRole('heading', { name: 'Attendance' })).toBeVisible()
  const zhangRow = page.locator(`[data-participant-id="${zhang.id}"]`)
  await expect(zhangRow).toContainText('Min ZHANG · 张敏')
  await zhangRow.getByRole('button', { name: 'Present' }).click()
  await expect(zhangRow.getByRole('button', { name: 'Present' })).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByTestId('attendance-counts')).toContainText('Present 1')
  await expect(page.getByTestId('attendance-waiting')).toHaveCount(0)
  await expectAccessible(page)

  // No connection: the tap is kept on the phone and sent once the connection is back.
  await context.setOffline(true)
  await page.locator(`[data-participant-id="${li.id}"]`).getByRole('button', { name: 'Late' }).click()
  await expect(page.getByTestId('attendance-waiting')).toContainText('1 marks waiting to be sent')
  await context.setOffline(false)
  await expect(page.getByTestId('attendance-waiting')).toHaveCount(0, { timeout: 20_000 })
  const recorded = await request.get(`${API_URL}/api/v1/sessions/${session}/attendance`, { headers: await asOrganiser(request) })
  const marks = ((await recorded.json()) as Schemas['SessionAttendance']).marks
  expect(marks.map((mark) => [mark.participantId, mark.status]).sort()).toEqual([[li.id, 'late'], [zhang.id, 'present']].sort())

  await page.getByRole('button', { name: 'Show the check-in code' }).click()
  await expect(page.getByTestId('check-in-code').getByRole('img')).toBeVisible()
  await expect(page.getByTestId('check-in-code')).toContainText(`/sessions/${session}/check-in?code=`)

  await page.goto(`/trips/${trip.id}/certificates`)
  await expect(page.getByTestId('eligibility').locator(`[data-participant-id="${zhang.id}"]`)).toContainText('1 / 1')
  await page.getByTestId('issue-all').click()
  await expect(page.getByTestId('issue-report')).toContainText('2 certificates issued now.')
  await expect(page.locator('[data-certificate-id]')).toHaveCount(2)
  await expectAccessible(page)
})

test('a delegate checks in with the session’s QR code, and outside its hours is told when it opens', async ({ page, request }) => {
  const trip = await tripOfToday(request)
  const now = await lecture(request, trip, 'Lecture under way', -5)
  const later = await lecture(request, trip, 'Lecture tonight', 180)
  const me = await enrol(request, trip, { familyName: 'Checkin' })
  await signIn(page, request, 'participant', me.person.id)
  const codeOf = async (session: string) => ((await (await request.get(`${API_URL}/api/v1/sessions/${session}/check-in-code`,
    { headers: await asOrganiser(request) })).json()) as Schemas['CheckInCode']).url

  await page.goto(new URL(await codeOf(now)).pathname + new URL(await codeOf(now)).search)
  await expect(page.getByTestId('check-in-result')).toHaveText('You are checked in. Welcome!')
  await expectAccessible(page)

  await page.goto(new URL(await codeOf(later)).pathname + new URL(await codeOf(later)).search)
  await expect(page.getByTestId('problem')).toContainText('Check-in for this session is open from')
})

test('a delegate opens the verification page from their certificate, which anyone can open', async ({ page, request, browser }) => {
  const trip = await sampleTrip(request)
  const certificates = await request.get(`${API_URL}/api/v1/trips/${trip.id}/certificates?size=100`, { headers: await asOrganiser(request) })
  const certificate = ((await certificates.json()) as Schemas['PageCertificateView']).items.find((item) => item.status === 'valid')!
  const participant = await request.get(`${API_URL}/api/v1/participants/${certificate.participantId}`, { headers: await asOrganiser(request) })
  const personId = ((await participant.json()) as Schemas['Participant']).person.id
  await signIn(page, request, 'participant', personId)

  await page.goto(`/people/${personId}`)
  const mine = page.locator(`[data-certificate-id="${certificate.id}"]`)
  await expect(mine).toContainText(certificate.holder.latin)
  await page.getByText('Your attendance, session by session').click()
  await expect(page.locator('.my-attendance')).toContainText('Present')
  await expectAccessible(page)
  await mine.getByRole('link', { name: 'Verification page' }).click()
  await expect(page).toHaveURL(new RegExp(`/verify/${certificate.serial}$`))
  await expect(page.getByTestId('verdict')).toHaveText('Valid: this certificate was issued and stands.')
  await expect(page.getByTestId('holder')).toContainText(certificate.holder.latin)
  await expectAccessible(page)

  // Anyone, not signed in, in Chinese; and a serial nobody holds.
  const unsigned = await browser.newContext()
  const anonymous = await unsigned.newPage()
  await anonymous.goto(`${WEB_URL}/verify/${certificate.serial}`)
  await anonymous.getByTestId('language').selectOption('zh')
  await expect(anonymous.getByTestId('verdict')).toHaveText('有效：此证书已颁发且有效。')
  await anonymous.goto(`${WEB_URL}/verify/00000-00000-00000-0000A`)
  await expect(anonymous.getByTestId('verdict')).toContainText('00000-00000-00000-0000A')
  await expectAccessible(anonymous)
  await unsigned.close()
})
