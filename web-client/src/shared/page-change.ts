/**
 * After a navigation: name the page in the title bar and history, and move focus to its heading so keyboard
 * and screen-reader users know the page changed. Views show their heading once their data is there, so this
 * waits for it (a few seconds at most), then falls back to the main region.
 */
export function announcePage(appName: string, moveFocus: boolean): void {
  const started = performance.now()
  const attempt = (): void => {
    const heading = document.querySelector<HTMLElement>('main h1')
    if (!heading && performance.now() - started < 3_000) {
      requestAnimationFrame(attempt)
      return
    }
    const title = heading?.textContent?.trim()
    document.title = title ? `${title} · ${appName}` : appName
    if (moveFocus) (heading ?? document.getElementById('main'))?.focus({ preventScroll: true })
  }
  requestAnimationFrame(attempt)
}
