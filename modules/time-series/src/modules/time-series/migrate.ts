import { readdirSync, readFileSync } from "node:fs"
import { createHash } from "node:crypto"
import { join } from "node:path"

export type Migration = { id: string; statements: string[]; checksum: string }

/** Reads `NNNN_name.<ext>` files of a folder in name order, split into statements on `;` at line ends. */
export function readMigrations(dir: string, ext: string): Migration[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(`.${ext}`))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), "utf8")
      const statements = text
        .split(/;\s*(?:\r?\n|$)/)
        .map((s) => s.replace(/^\s*--.*$/gm, "").trim())
        .filter(Boolean)
      return { id: file, statements, checksum: createHash("sha256").update(text).digest("hex").slice(0, 16) }
    })
}

/**
 * Applies the migrations not yet recorded, in order. Each statement must be idempotent (IF NOT
 * EXISTS), so a run cut short is safely repeated. A changed applied migration is refused.
 */
export async function applyMigrations(
  migrations: Migration[],
  store: {
    applied(): Promise<Map<string, string>>
    run(statement: string): Promise<unknown>
    record(migration: Migration): Promise<unknown>
  }
): Promise<string[]> {
  const applied = await store.applied()
  const done: string[] = []
  for (const migration of migrations) {
    const checksum = applied.get(migration.id)
    if (checksum) {
      if (checksum !== migration.checksum) {
        throw new Error(`Migration ${migration.id} was changed after it was applied; add a new migration instead`)
      }
      continue
    }
    for (const statement of migration.statements) {
      await store.run(statement)
    }
    await store.record(migration)
    done.push(migration.id)
  }
  return done
}
