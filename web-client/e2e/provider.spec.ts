import { expect, test, type BrowserContext, type Page } from '@playwright/test'
import { SIGN_IN_URL } from './env'
import { createSession, refuseNextSessionSave, sampleTrip } from './support'

// The production sign-in: the app configured for an OpenID Connect provider (authorization code with PKCE) —
// here the development API's local issuer acting as one, with its own sign-in page.

// Requests a service worker answers bypass Playwright's routing; the configuration below must reach the app.
test.use({ serviceWorkers: 'block' })

async function configureProvider(context: BrowserContext): Promise<void> {
  await context.route('**/config.json', async (route) => {
    const deployed = (await (await route.fetch()).json()) as { apiBaseUrl: string }
    await route.fulfill({ json: { apiBaseUrl: deployed.apiBaseUrl, oidc: { authority: SIGN_IN_URL, clientId: 'studytrip-app' } } })
  })
}

/** On the provider's page: pick the role and continue. */
async function answerProvider(provider: Page, role: string): Promise<void> {
  await expect(provider.getByRole('heading', { name: 'Local identity provider' })).toBeVisible()
  await provider.getByLabel(role).check()
  await provider.getByRole('button', { name: 'Continue' }).click()
}

test('a partner signs in at the identity provider and comes back to the page they wanted', async ({ page, context, request }) => {
  await configureProvider(context)
  const trip = await sampleTrip(request)
  await page.goto(`/trips/${trip.id}/delegation`)
  await page.getByTestId('problem').getByRole('link', { name: 'Sign in' }).click()
  // No role picker of the app's own: the provider decides who someone is.
  await expect(page.getByRole('button', { name: 'Continue to sign-in' })).toBeVisible()
  await expect(page.getByTestId('sign-in')).toHaveCount(0)
  await page.getByRole('button', { name: 'Continue to sign-in' }).click()
  await answerProvider(page, 'partner')

  await expect(page).toHaveURL(new RegExp(`/trips/${trip.id}/delegation$`))
  await expect(page.getByTestId('signed-in-as')).toHaveText('Partner agency')
  await expect(page.getByTestId('delegation').first()).toBeVisible()
  await expect(page.getByRole('link', { name: 'Personal record' })).toHaveCount(0)

  // Signing out ends the provider's session too, and the provider sends the browser back to the app.
  const logout = page.waitForRequest((request) => request.url().startsWith(`${SIGN_IN_URL}/logout?`))
  await page.getByRole('button', { name: 'Sign out' }).click()
  expect(new URL((await logout).url()).searchParams.get('id_token_hint')).toBeTruthy()
  await expect(page).toHaveURL(/\/$/)
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible()
  expect(await page.evaluate(() => Object.keys(sessionStorage).filter((key) => key.includes('studytrip') || key.startsWith('oidc.user')))).toEqual([])
  // Nor any request state of the sign-in or the sign-out left behind.
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('oidc.')))).toEqual([])
})

test('with a provider, a sign-in that expires mid-edit is renewed in a pop-up and the form is kept', async ({ page, context, request }) => {
  await configureProvider(context)
  const trip = await sampleTrip(request)
  const session = await createSession(request, trip)
  await page.goto(`/sign-in?back=/sessions/${session.id}/edit`)
  await page.getByRole('button', { name: 'Continue to sign-in' }).click()
  await answerProvider(page, 'organiser')
  await expect(page.getByLabel('Title (English)')).toHaveValue(session.title)
  await page.getByLabel('Title (English)').fill(`${session.title} (kept through a new sign-in)`)

  await refuseNextSessionSave(page, request, session.id)
  await page.getByRole('button', { name: 'Save' }).click()
  const problem = page.getByTestId('problem')
  await expect(problem).toContainText('Your sign-in has expired')

  const storedToken = () => page.evaluate(() => sessionStorage.getItem('studytrip.session'))
  const expiring = await storedToken()
  const popup = page.waitForEvent('popup')
  await problem.getByRole('button', { name: 'Sign in again' }).click()
  await answerProvider(await popup, 'organiser')
  await expect(problem).toContainText('Signed in again')
  expect(await storedToken(), 'the pop-up\'s sign-in replaced the token').not.toBe(expiring)
  await expect(page.getByLabel('Title (English)')).toHaveValue(`${session.title} (kept through a new sign-in)`)
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByRole('heading', { level: 1, name: `${session.title} (kept through a new sign-in)` })).toBeVisible()
})
