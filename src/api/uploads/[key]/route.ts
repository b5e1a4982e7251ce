import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { loadSettings } from "../../../settings"
import { uploadsDir } from "../../../http/uploads"

const dir = uploadsDir(loadSettings())
const KEY = /^[\w-]+\.(jpg|png|gif|webp|avif|mp4|mov|m4v|webm|csv)$/

/**
 * Serves an uploaded file. Nothing served here may run script on the API origin: no sniffing, a
 * sandboxing CSP, and anything but an image or video downloads as an attachment.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const key = req.params.key
  const ext = KEY.exec(key)?.[1]
  if (!ext) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `File ${key} not found`)
  }
  res.type(ext)
  res.setHeader("X-Content-Type-Options", "nosniff")
  res.setHeader("Content-Security-Policy", "default-src 'none'; sandbox")
  if (!/^(image|video)\//.test(res.get("Content-Type") ?? "")) {
    res.attachment(key)
  }
  await new Promise<void>((done, fail) =>
    res.sendFile(key, { root: dir, dotfiles: "deny" }, (err: any) => {
      if (err?.status === 404 || err?.code === "ENOENT") {
        return fail(new MedusaError(MedusaError.Types.NOT_FOUND, `File ${key} not found`))
      }
      return err ? fail(err) : done()
    })
  )
}
