import type { Application, NextFunction, Request, Response } from "express"
import { ErrorTypes, sendError } from "@broadcart/core/http"

const armed = new WeakSet<Application>()

function notFound(req: Request, res: Response) {
  sendError(res, 404, ErrorTypes.NOT_FOUND, `Cannot ${req.method} ${req.path}`)
}

/**
 * Unknown routes answer a JSON 404 in the error shape instead of Express's HTML page. Medusa
 * gives no hook after its routes, so the first request appends the handler to the app's stack,
 * once every route is registered.
 */
export function jsonNotFound(req: Request, _res: Response, next: NextFunction) {
  if (!armed.has(req.app)) {
    armed.add(req.app)
    req.app.use(notFound)
  }
  next()
}
