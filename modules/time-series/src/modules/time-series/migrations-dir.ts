import { join } from "node:path"
import { ownManifest } from "@broadcart/core/compat"

/** The schema migrations this package ships: `cassandra/*.cql` and `time-series-postgres/*.sql`. */
export const MIGRATIONS_DIR = join(ownManifest(__dirname)!.dir, "migrations")
