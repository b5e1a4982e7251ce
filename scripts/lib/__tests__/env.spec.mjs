import { join } from "node:path"
import { dataDir, ROOT } from "../env.mjs"

describe("the data folder", () => {
  const before = process.env.BROADCART_DATA_DIR
  afterEach(() => (before === undefined ? delete process.env.BROADCART_DATA_DIR : (process.env.BROADCART_DATA_DIR = before)))

  it("follows BROADCART_DATA_DIR set after import, as loading .env does, against the project root", () => {
    process.env.BROADCART_DATA_DIR = "from-dotenv/data"
    expect(dataDir()).toBe(join(ROOT, "from-dotenv/data"))
    delete process.env.BROADCART_DATA_DIR
    expect(dataDir()).toBe(join(ROOT, ".data"))
  })
})
