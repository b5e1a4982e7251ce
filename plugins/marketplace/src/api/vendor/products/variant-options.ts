import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { FieldError } from "@broadcart/core/http"

/** A new variant names a value for each of its product's options, and no other option (Medusa answers 500 otherwise). */
export async function assertVariantOptions(container: MedusaContainer, productId: string, options: Record<string, string> = {}) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [product] } = await query.graph({ entity: "product", fields: ["options.title"], filters: { id: productId } })
  const titles: string[] = (product?.options ?? []).map((o: any) => o.title)
  const missing = titles.filter((t) => !(t in options))
  if (missing.length) {
    throw new FieldError("options", `options must give a value for: ${missing.join(", ")}`)
  }
  const unknown = Object.keys(options).filter((t) => !titles.includes(t))
  if (unknown.length) {
    throw new FieldError("options", `The product has no option ${unknown.join(", ")}`)
  }
}
