import { spawnSync } from "node:child_process"
import { mkdtempSync, readFileSync } from "node:fs"
import { request } from "node:http"
import { tmpdir } from "node:os"
import { join } from "node:path"

/** Real media made by ffmpeg, a real zip made by Python's zipfile, and an HTML page. */
export function uploadFixtures() {
  const dir = mkdtempSync(join(tmpdir(), "uploads-"))
  const ffmpeg = (...args: string[]) => {
    const run = spawnSync("ffmpeg", ["-loglevel", "error", "-y", "-f", "lavfi", "-i", "testsrc=size=64x64:rate=10", ...args])
    expect(run.status).toBe(0)
  }
  ffmpeg("-frames:v", "1", join(dir, "frame.png"))
  ffmpeg("-t", "1", "-pix_fmt", "yuv420p", "-c:v", "libx264", "-movflags", "+faststart", join(dir, "clip.mp4"))
  const zip = spawnSync("python3", ["-c", `import zipfile; zipfile.ZipFile("${join(dir, "a.zip")}", "w").writestr("a.txt", "hello" * 100)`])
  expect(zip.status).toBe(0)
  return {
    png: readFileSync(join(dir, "frame.png")),
    mp4: readFileSync(join(dir, "clip.mp4")),
    zip: readFileSync(join(dir, "a.zip")),
    html: Buffer.from("<html><script>alert(document.cookie)</script></html>"),
  }
}

/** A form with one file part, named `files` (as `POST /admin/uploads` reads it) unless told otherwise. */
export function fileForm(bytes: Buffer, name: string, type: string, field = "files") {
  const form = new FormData()
  form.append(field, new Blob([new Uint8Array(bytes)], { type }), name)
  return form
}

/**
 * Streams a multipart upload of `total` bytes in 64 KB chunks, stopping as soon as the server
 * answers; `declared` sets a Content-Length instead of chunked encoding. Says how much was sent.
 */
export function streamUpload(baseURL: string, headers: Record<string, string>, total: number, declared?: number) {
  const boundary = "fuzzboundary"
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="big.mp4"\r\nContent-Type: video/mp4\r\n\r\n`)
  return new Promise<{ status: number; body: any; sent: number }>((done, fail) => {
    let sent = 0
    let answered = false
    const req = request(`${baseURL}/admin/uploads`, {
      method: "POST",
      headers: { ...headers, "content-type": `multipart/form-data; boundary=${boundary}`, ...(declared ? { "content-length": String(declared) } : {}) },
    })
    req.on("response", (res) => {
      answered = true
      let text = ""
      res.on("data", (c) => (text += c))
      res.on("end", () => {
        req.destroy()
        done({ status: res.statusCode!, body: JSON.parse(text), sent })
      })
    })
    req.on("error", (err) => (answered ? undefined : fail(err)))
    const chunk = Buffer.alloc(64 * 1024, 7)
    const pump = () => {
      if (answered || sent >= total) {
        return
      }
      const data = sent === 0 ? Buffer.concat([head, chunk]) : chunk
      sent += data.length
      if (req.write(data)) {
        setImmediate(pump)
      } else {
        req.once("drain", pump)
      }
    }
    pump()
  })
}
