import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"

let logins = 0

/** Creates an admin user in the test database (once per email) and returns an axios config carrying its JWT. */
export async function adminHeaders(container: MedusaContainer, api: any, email = "admin@test.local", password = "s3cret-pass") {
  await createAdminUser(container, email, password)
  // Each login from its own IP, so logins never use up a test's per-IP budget.
  const ip = `10.254.${Math.floor(++logins / 250) % 250}.${logins % 250}`
  const { data } = await api.post("/auth/user/emailpass", { email, password }, { headers: { "x-forwarded-for": ip } })
  return { headers: { authorization: `Bearer ${data.token}` } }
}

/** An admin user with an email-and-password login, unless one with that email exists. */
async function createAdminUser(container: MedusaContainer, email: string, password: string) {
  if ((await container.resolve(Modules.USER).listUsers({ email })).length) {
    return
  }
  const { authIdentity, error } = await container.resolve(Modules.AUTH).register("emailpass", { body: { email, password } } as any)
  if (error || !authIdentity) {
    throw new Error(`Could not register admin ${email}: ${error}`)
  }
  await createUserAccountWorkflow(container).run({ input: { userData: { email, first_name: "Admin" }, authIdentityId: authIdentity.id } })
}

/** Headers that make a request come from its own client IP (tests trust loopback as a proxy: TRUSTED_PROXIES). */
export const fromIp = (ip: string, headers: Record<string, string> = {}) => ({
  headers: { "x-forwarded-for": ip, ...headers },
  validateStatus: () => true,
})

/**
 * Sets variables that medusa-config reads: the runner's `env` option applies them only after the
 * config is loaded. Restores them after the suite.
 */
export function configEnv(vars: Record<string, string>) {
  const previous = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]))
  Object.assign(process.env, vars)
  afterAll(() => {
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) {
        delete process.env[key]
      } else {
        process.env[key] = value
      }
    }
  })
}
