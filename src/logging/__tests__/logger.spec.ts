import { createLogger } from "../logger"
import { requestContext } from "../request-context"

function capture(run: () => void): string[] {
  const lines: string[] = []
  const spy = jest.spyOn(process.stdout, "write").mockImplementation((chunk: any) => {
    lines.push(String(chunk))
    return true
  })
  try {
    run()
  } finally {
    spy.mockRestore()
  }
  return lines
}

describe("logger", () => {
  it("writes JSON lines carrying the request id of the request being served", () => {
    const logger = createLogger({ level: "http", format: "json" })
    const [inside, outside] = capture(() => {
      requestContext.run({ requestId: "req-123" }, () => logger.info("paid"))
      logger.info("idle")
    })
    expect(JSON.parse(inside)).toMatchObject({ level: "info", message: "paid", request_id: "req-123" })
    expect(JSON.parse(outside).request_id).toBeUndefined()
  })

  it("writes readable lines in development, with the request id", () => {
    const logger = createLogger({ level: "http", format: "pretty" })
    const [line] = capture(() => requestContext.run({ requestId: "req-9" }, () => logger.warn("slow query")))
    expect(line).toMatch(/^\S+ .*warn.* \[req-9\]: slow query/)
  })

  it("writes request lines with their fields and leaves Medusa's own request log off", () => {
    const logger = createLogger({ level: "http", format: "json" })
    const [line] = capture(() => logger.request({ request_id: "r1", status: 201, method: "POST" }, "POST /x 201"))
    expect(JSON.parse(line)).toMatchObject({ level: "http", request_id: "r1", status: 201, message: "POST /x 201" })
    expect(logger.shouldLog("http")).toBe(false)
    expect(logger.shouldLog("info")).toBe(true)
    expect(logger.shouldLog("debug")).toBe(false)
  })
})
