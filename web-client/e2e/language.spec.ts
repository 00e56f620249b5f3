import { expect, test } from '@playwright/test'
import { API_URL } from './env'
import { createSession, sampleTrip, screenshotBothSizes, signIn } from './support'

test('switching to Chinese translates the interface and shows content in Chinese where it exists', async ({ page, request }) => {
  await signIn(page, request, 'organiser')
  const trip = await sampleTrip(request)
  const topicWithChinese = trip.topics.find((topic) => topic.name.zh)
  expect(topicWithChinese, 'a seeded topic has a Chinese name').toBeTruthy()
  const englishOnly = await createSession(request, trip)

  await page.goto(`/trips/${trip.id}/itinerary`)
  await expect(page.getByRole('heading', { level: 1, name: 'Itinerary' })).toBeVisible()
  await page.getByTestId('language').selectOption('zh')

  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  await expect(page.getByRole('heading', { level: 1, name: '日程' })).toBeVisible()
  await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '考察' })).toBeVisible()
  await expect(page.getByText('时间为首尔时间，旁边为北京时间')).toBeVisible()
  // Dates in the Chinese form; the sample's titles in Chinese, a session without one in English.
  await expect(page.getByRole('heading', { name: /第 1 天 2025年10月13日星期一/ })).toBeVisible()
  await expect(page.getByRole('link', { name: '示例：考察活动开幕式' })).toBeVisible()
  await expect(page.getByRole('link', { name: englishOnly.title })).toBeVisible()
  await expect(page.locator('.session-time-local').first()).toContainText('首尔')
  await screenshotBothSizes(page, 'itinerary-zh')

  await page.getByRole('navigation', { name: '考察栏目' }).getByRole('link', { name: '概览' }).click()
  await expect(page.getByText(topicWithChinese!.name.zh!).first()).toBeVisible()

  // The choice is remembered.
  await page.reload()
  await expect(page.getByRole('link', { name: '编辑考察' })).toBeVisible()

  // Error messages come from the problem's code, in the chosen language, not from the server's English.
  await page.goto('/sessions/00000000-0000-7000-8000-000000000000')
  await expect(page.getByTestId('problem')).toHaveText(/此内容已不存在/)
  const answer = await request.get(`${API_URL}/api/v1/sessions/00000000-0000-7000-8000-000000000000`)
  expect(((await answer.json()) as { code: string }).code).toBe('not-found')
})
