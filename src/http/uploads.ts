import { randomUUID } from "node:crypto"
import { createReadStream, createWriteStream } from "node:fs"
import { mkdir, rm, stat } from "node:fs/promises"
import { basename, extname, join, resolve } from "node:path"
import { pipeline } from "node:stream/promises"
import type { NextFunction, Request, RequestHandler, Response } from "express"
import busboy from "busboy"
import { Modules } from "@medusajs/framework/utils"
import { ErrorTypes, sendError } from "@broadcart/core/http"
import type { Settings } from "../settings"
import { checkUpload, type CheckedUpload } from "./upload-checks"

/** Where the local file provider keeps uploads; served by `GET /uploads/:key`. */
export const uploadsDir = (settings: Settings) => settings.uploadsDir

/** Whether the request is Medusa's `POST /admin/uploads` (seen from a middleware mounted there). */
const isUpload = (req: Request) => req.method === "POST" && (req.path === "/" || req.path === "")

/** Runs `handler` for uploads only, so a limit on `/admin/uploads` spares its other routes. */
export const forUploads =
  (handler: RequestHandler): RequestHandler =>
  (req, res, next) =>
    isUpload(req) ? handler(req, res, next) : next()

type Received = { path: string; name: string; mime: string }

const safeName = (name: string) =>
  basename(name, extname(name))
    .replace(/[^\w-]+/g, "-")
    .slice(0, 100) || "file"

/**
 * Replaces Medusa's in-memory multer for `POST /admin/uploads`: each file is streamed to disk and
 * refused with 413 once past the size limit, then checked by its bytes, then handed to the file
 * module. Answers as Medusa does: `{ files: [{ id, url }] }`.
 */
export function uploads(settings: Settings): RequestHandler {
  const maxBytes = settings.UPLOAD_MAX_MB * 1024 * 1024
  const maxFiles = 10
  const incoming = join(uploadsDir(settings), ".incoming")

  const tooLarge = (res: Response) => {
    res.setHeader("Connection", "close")
    sendError(res, 413, ErrorTypes.PAYLOAD_TOO_LARGE, `Files may be at most ${settings.UPLOAD_MAX_MB} MB`, "files")
  }

  /** Streams the `files` parts to disk into `received`; false when it already answered (refused or aborted). */
  const receive = (req: Request, res: Response, received: Received[]) =>
    new Promise<boolean>((done, fail) => {
      const streams: NodeJS.ReadableStream[] = []
      const writes: Promise<void>[] = []
      let refused = false
      const parser = busboy({ headers: req.headers, limits: { fileSize: maxBytes, files: maxFiles, fields: 20, parts: maxFiles + 20 } })
      const refuse = (answer: () => void) => {
        if (refused) {
          return
        }
        refused = true
        req.unpipe(parser)
        streams.forEach((stream) => (stream as any).destroy())
        // Answers once the partial files are gone: nothing of a refused upload is left when the client hears.
        Promise.allSettled(writes)
          .then(() => Promise.all(received.map((f) => rm(f.path, { force: true }))))
          .then(() => {
            answer()
            done(false)
          }, fail)
      }
      parser.on("file", (field, stream, info) => {
        if (field !== "files") {
          stream.resume()
          return
        }
        const path = join(incoming, randomUUID())
        received.push({ path, name: info.filename ?? "file", mime: info.mimeType })
        streams.push(stream)
        stream.on("limit", () => refuse(() => tooLarge(res)))
        writes.push(pipeline(stream, createWriteStream(path)))
      })
      parser.on("filesLimit", () => refuse(() => sendError(res, 400, ErrorTypes.INVALID_DATA, `At most ${maxFiles} files per upload`, "files")))
      parser.on("error", () => refuse(() => sendError(res, 400, ErrorTypes.INVALID_DATA, "Malformed multipart body", "files")))
      parser.on("close", () => {
        if (!refused) {
          Promise.all(writes).then(() => done(true), fail)
        }
      })
      req.on("close", () => {
        if (!req.complete) {
          refuse(() => undefined)
        }
      })
      req.pipe(parser)
    })

  return forUploads(async function streamedUpload(req: Request, res: Response, next: NextFunction) {
    if (!req.is("multipart/form-data")) {
      return sendError(res, 415, ErrorTypes.UNSUPPORTED_MEDIA_TYPE, "Uploads must be multipart/form-data", "files")
    }
    if (Number(req.headers["content-length"] ?? 0) > maxBytes * maxFiles + 1024 * 1024) {
      return tooLarge(res)
    }
    await mkdir(incoming, { recursive: true })
    const received: Received[] = []
    try {
      if (!(await receive(req, res, received))) {
        return
      }
      if (!received.length) {
        return sendError(res, 400, ErrorTypes.INVALID_DATA, "No files were uploaded", "files")
      }
      const checked: (Received & CheckedUpload)[] = []
      for (const [i, file] of received.entries()) {
        const { size } = await stat(file.path)
        const result = await checkUpload(file.path, size, file.mime)
        if ("refused" in result) {
          return sendError(res, 400, ErrorTypes.INVALID_DATA, `${file.name} ${result.refused}`, `files.${i}`)
        }
        checked.push({ ...file, ...result })
      }
      const files = (req as any).scope.resolve(Modules.FILE)
      const stored: { id: string; url: string }[] = []
      for (const file of checked) {
        const target = await files.getUploadStream({ filename: `${safeName(file.name)}.${file.ext}`, mimeType: file.mime, access: "public" })
        await pipeline(createReadStream(file.path), target.writeStream)
        const { key, url } = await target.promise
        stored.push({ id: key, url })
      }
      res.status(200).json({ files: stored })
    } catch (err) {
      next(err)
    } finally {
      await Promise.all(received.map((f) => rm(f.path, { force: true })))
    }
  })
}
