import type { NextFunction, Request, Response } from "express"
import { z } from "@medusajs/framework/zod"
import { FieldError } from "@broadcart/core/http"

/** An emailpass identifier: an email address no longer than a mail path may be (RFC 5321: 254). */
const email = z.email("expected an email address").max(254, "must be at most 254 characters")

/** Refuses a body that does not match `schema`, naming its first bad field. */
function checkBody(schema: z.ZodType) {
  return (req: Request, _res: Response, next: NextFunction) => {
    const result = schema.safeParse(req.body ?? {})
    if (result.success) {
      return next()
    }
    const issue = result.error.issues[0]
    const field = issue.path.length ? issue.path.join(".") : "body"
    next(new FieldError(field, `${field}: ${issue.message}`))
  }
}

/**
 * Checks of new emailpass credentials: registration needs an email address and a password of at
 * least `minLength` characters, a password update the same password rule. Logins are not checked,
 * so accounts made before the rule still sign in.
 */
export function credentialChecks(minLength: number) {
  const password = z.string({ error: "expected a password" }).min(minLength, `must be at least ${minLength} characters`)
  return {
    register: checkBody(z.object({ email, password })),
    update: checkBody(z.object({ password })),
  }
}
