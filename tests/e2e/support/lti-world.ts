// The course site the LTI browser tests launch from: a platform simulator on 127.0.0.1 (another
// site than the app's localhost, so Chromium treats its frame as cross-site, cookies and all),
// registered in the e2e database before the server starts (seed-worlds.ts).
export const LTI_SIM_PORT = Number(process.env.E2E_LTI_PORT ?? 4410)
export const LTI_SIM_ORIGIN = `http://127.0.0.1:${LTI_SIM_PORT}`
export const LTI_CLIENT_ID = 'lectern-e2e-client'
export const LTI_DEPLOYMENT_ID = 'e2e-deployment'

export const LTI_PLATFORM = {
  name: 'E2E course site',
  issuer: LTI_SIM_ORIGIN,
  clientId: LTI_CLIENT_ID,
  deploymentIds: LTI_DEPLOYMENT_ID,
  authUrl: `${LTI_SIM_ORIGIN}/authorize`,
  tokenUrl: `${LTI_SIM_ORIGIN}/token`,
  jwksUrl: `${LTI_SIM_ORIGIN}/jwks`,
  frameOrigins: LTI_SIM_ORIGIN,
}
