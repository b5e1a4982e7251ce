import winston from "winston"
import ora from "ora"
import { Reporter } from "./medusa-reporter"
import { currentRequestId } from "./request-context"

const withRequestId = winston.format((info) => {
  const requestId = currentRequestId()
  if (requestId && !info.request_id) {
    info.request_id = requestId
  }
  return info
})

const pretty = winston.format.printf(({ timestamp, level, message, request_id, stack }) => {
  const rid = request_id ? ` [${request_id}]` : ""
  // Medusa's Reporter passes parsed frames; winston's errors format passes a string.
  const frames = Array.isArray(stack)
    ? stack.slice(0, 12).map((f: any) => `    at ${f.functionName ?? "<anonymous>"} (${f.fileName}:${f.lineNumber}:${f.columnNumber})`)
    : []
  const trace = frames.length ? `\n${frames.join("\n")}` : typeof stack === "string" ? `\n${stack}` : ""
  return `${timestamp} ${level}${rid}: ${message}${trace}`
})

/**
 * Medusa's logger (its Reporter) over our winston instance: JSON lines in production, readable
 * lines in development, and the request id on every line written while serving a request.
 */
export class BroadcartLogger extends Reporter {
  /** Request lines are written by our request logger, which carries the request id. */
  shouldLog = (level: string): boolean => {
    if (level === "http" && this.ownsRequestLog) {
      return false
    }
    const levels = this.winston.levels
    return levels[level] <= levels[this.winston.level]
  }

  constructor(
    private readonly winston: winston.Logger,
    private readonly ownsRequestLog: boolean
  ) {
    super({ logger: winston, activityLogger: ora })
  }

  /** A request line, at the http level, with the fields log search needs. */
  request(fields: Record<string, unknown>, message: string) {
    this.winston.log({ level: "http", message, ...fields })
  }
}

export type LoggerOptions = {
  level: string
  format: "json" | "pretty"
  /** Where lines go; standard output when not given. */
  stream?: NodeJS.WritableStream
}

export function createLogger({ level, format, stream }: LoggerOptions): BroadcartLogger {
  const instance = winston.createLogger({
    level,
    levels: winston.config.npm.levels,
    format: winston.format.combine(
      withRequestId(),
      winston.format.timestamp(),
      winston.format.errors({ stack: true }),
      winston.format.splat(),
      format === "json" ? winston.format.json() : winston.format.combine(winston.format.colorize(), pretty)
    ),
    transports: [stream ? new winston.transports.Stream({ stream }) : new winston.transports.Console()],
  })
  return new BroadcartLogger(instance, true)
}
