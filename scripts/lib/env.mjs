import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { randomBytes } from "node:crypto"
import { join, resolve } from "node:path"
import { fileURLToPath } from "node:url"

export const ROOT = resolve(fileURLToPath(import.meta.url), "../../..")
/** The data folder, read when asked: `BROADCART_DATA_DIR` may come from `.env`, loaded after import. */
export const dataDir = () => resolve(ROOT, process.env.BROADCART_DATA_DIR || ".data")

/** Loads `.env` at the root without overriding what the shell already set. */
export function loadDotEnv() {
  const file = join(ROOT, ".env")
  if (!existsSync(file)) {
    return
  }
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line)
    if (match && process.env[match[1]] === undefined) {
      process.env[match[1]] = match[2].replace(/^(['"])(.*)\1$/, "$2")
    }
  }
}

/**
 * Secrets and the admin login are generated once and kept in the data folder, so a fresh
 * install is not left on well-known defaults; the environment overrides them.
 */
export function ensureLocalSecrets() {
  mkdirSync(dataDir(), { recursive: true })
  const file = join(dataDir(), "secrets.json")
  const saved = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {}
  const secret = () => randomBytes(24).toString("base64url")
  const values = {
    JWT_SECRET: saved.JWT_SECRET ?? secret(),
    COOKIE_SECRET: saved.COOKIE_SECRET ?? secret(),
    ADMIN_EMAIL: saved.ADMIN_EMAIL ?? "admin@broadcart.local",
    ADMIN_PASSWORD: saved.ADMIN_PASSWORD ?? randomBytes(9).toString("base64url"),
  }
  writeFileSync(file, JSON.stringify(values, null, 2), { mode: 0o600 })
  for (const [key, value] of Object.entries(values)) {
    process.env[key] ??= value
  }
}
