// Ports of the browser-test servers, shared by playwright.config.ts and the tests.
export const API_PORT = Number(process.env.E2E_API_PORT ?? 18080)
export const WEB_PORT = Number(process.env.E2E_WEB_PORT ?? 14173)
export const SIGN_IN_PORT = Number(process.env.E2E_SIGN_IN_PORT ?? 18081)
export const API_URL = `http://127.0.0.1:${API_PORT}`
export const SIGN_IN_URL = `http://127.0.0.1:${SIGN_IN_PORT}`
export const WEB_URL = `http://127.0.0.1:${WEB_PORT}`
