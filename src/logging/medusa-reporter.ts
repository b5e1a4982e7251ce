import type { Reporter as MedusaReporter } from "@medusajs/cli/dist/reporter"
import { requirePinnedVersion } from "@broadcart/core/compat"

// Medusa's logger class is not exported publicly: this file is the one place that reaches for it.
requirePinnedVersion("@medusajs/cli", "2.21.2", __filename)

/** Medusa's Reporter (the logger behind `container.resolve("logger")`), from @medusajs/cli 2.21.2. */
export const Reporter: typeof MedusaReporter = require("@medusajs/cli/dist/reporter").Reporter
