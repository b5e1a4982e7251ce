import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cachedDocument, createAsyncApiDocument } from "../../api-docs/documents"

const asyncApiDocument = cachedDocument(createAsyncApiDocument)

/** The AsyncAPI 3 document of the socket.io events: public, built on first request. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json(await asyncApiDocument(req.scope))
}
