import { Writable } from "node:stream"
import { createLogger, type LoggerOptions } from "../logger"
import { requestContext } from "../request-context"

/** A logger writing into an array, one entry per line. */
function capturing(options: Omit<LoggerOptions, "stream">) {
  const lines: string[] = []
  const stream = new Writable({
    objectMode: true,
    write(chunk, _encoding, done) {
      lines.push(String(chunk[Symbol.for("message")] ?? chunk))
      done()
    },
  })
  return { logger: createLogger({ ...options, stream }), lines }
}

describe("logger", () => {
  it("writes JSON lines carrying the request id of the request being served", () => {
    const { logger, lines } = capturing({ level: "http", format: "json" })
    requestContext.run({ requestId: "req-123" }, () => logger.info("paid"))
    logger.info("idle")
    const [inside, outside] = lines
    expect(JSON.parse(inside)).toMatchObject({ level: "info", message: "paid", request_id: "req-123" })
    expect(JSON.parse(outside).request_id).toBeUndefined()
  })

  it("writes readable lines in development, with the request id", () => {
    const { logger, lines } = capturing({ level: "http", format: "pretty" })
    requestContext.run({ requestId: "req-9" }, () => logger.warn("slow query"))
    const [line] = lines
    expect(line).toMatch(/^\S+ .*warn.* \[req-9\]: slow query/)
  })

  it("writes request lines with their fields and leaves Medusa's own request log off", () => {
    const { logger, lines } = capturing({ level: "http", format: "json" })
    logger.request({ request_id: "r1", status: 201, method: "POST" }, "POST /x 201")
    const [line] = lines
    expect(JSON.parse(line)).toMatchObject({ level: "http", request_id: "r1", status: 201, message: "POST /x 201" })
    expect(logger.shouldLog("http")).toBe(false)
    expect(logger.shouldLog("info")).toBe(true)
    expect(logger.shouldLog("debug")).toBe(false)
  })
})
