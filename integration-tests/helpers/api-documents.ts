import Ajv from "ajv"
import Ajv2020 from "ajv/dist/2020"
import addFormats from "ajv-formats"

const ajv2020 = () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true })
  addFormats(ajv)
  // A format of the OpenAPI schema (media types as `components.requestBodies` keys).
  ajv.addFormat("media-range", true)
  return ajv
}

/** Checks a value against one JSON Schema (draft 2020-12, the dialect of OpenAPI 3.1 and our AsyncAPI payloads). */
export function jsonSchemaValidator(schema: Record<string, unknown>) {
  return ajv2020().compile(schema)
}

/**
 * Checks a document against the OpenAPI 3.1 schema. That schema leaves Schema Objects out, so
 * every parameter and request body schema is compiled as JSON Schema too (a broken one throws).
 */
export function openApiValidator() {
  const ajv = ajv2020()
  const document = ajv.compile(require("@seriousme/openapi-schema-validator/schemas/v3.1/schema.json"))
  const validate = (doc: any): boolean => {
    for (const item of Object.values(doc.paths ?? {}) as any[]) {
      for (const op of Object.values(item) as any[]) {
        for (const p of op.parameters ?? []) {
          ajv.compile(p.schema)
        }
        const body = op.requestBody?.content?.["application/json"]?.schema
        if (body) {
          ajv.compile({ ...body, components: doc.components })
        }
      }
    }
    const valid = document(doc) as boolean
    validate.errors = document.errors
    return valid
  }
  validate.errors = undefined as typeof document.errors
  return validate
}

/** Checks a document against the AsyncAPI 3.0.0 schema (which bundles the draft-07 meta-schema Ajv would add again). */
export function asyncApiValidator() {
  const ajv = new Ajv({ strict: false, allErrors: true, meta: false, validateSchema: false })
  addFormats(ajv)
  return ajv.compile(require("@asyncapi/specs").schemas["3.0.0"])
}
