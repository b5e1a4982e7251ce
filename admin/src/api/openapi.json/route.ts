import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cachedDocument, createOpenApiDocument } from "../../api-docs/documents"

const openApiDocument = cachedDocument(createOpenApiDocument)

/** The OpenAPI 3.1 document of Broadcart's routes: public, built on first request. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json(await openApiDocument(req.scope))
}
