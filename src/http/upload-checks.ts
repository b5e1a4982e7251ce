import { open } from "node:fs/promises"
import FileType from "file-type"

/** What an upload may be: media the storefront shows inline, or a CSV for product imports (served as attachment). */
export type CheckedUpload = { ext: string; mime: string }

const IMAGES = new Set(["jpg", "png", "gif", "webp", "avif"])
const ISO_MEDIA = new Set(["mp4", "mov", "m4v", "avif"])
const VIDEOS = new Set(["mp4", "mov", "m4v", "webm"])

async function readAt(path: string, position: number, length: number) {
  const file = await open(path, "r")
  try {
    const buffer = Buffer.alloc(length)
    const { bytesRead } = await file.read(buffer, 0, length, position)
    return buffer.subarray(0, bytesRead)
  } finally {
    await file.close()
  }
}

/** ISO media (MP4, MOV, AVIF): the top-level boxes must tile the file exactly; a truncated file ends mid-box. */
async function isoBoxesComplete(path: string, size: number) {
  let offset = 0
  while (offset < size) {
    const header = await readAt(path, offset, 16)
    if (header.length < 8) {
      return false
    }
    let boxSize = header.readUInt32BE(0)
    if (boxSize === 1) {
      boxSize = header.length < 16 ? 0 : Number(header.readBigUInt64BE(8))
    } else if (boxSize === 0) {
      return true
    }
    if (boxSize < 8) {
      return false
    }
    offset += boxSize
  }
  return offset === size
}

/** An EBML variable-length integer at `at`: its value and length; all value bits set means "unknown size". */
function vint(buffer: Buffer, at: number) {
  const first = buffer[at] ?? 0
  const bytes = first ? 8 - Math.floor(Math.log2(first)) : 9
  let value = first & (0xff >> bytes)
  for (let i = 1; i < bytes; i++) {
    value = value * 256 + buffer[at + i]
  }
  return { value, bytes, unknown: value === 2 ** (7 * bytes) - 1 }
}

/** WebM: the EBML header, then a Segment whose declared size must reach the end of the file. */
async function webmComplete(path: string, size: number) {
  const head = await readAt(path, 0, 64)
  const header = vint(head, 4)
  const segmentAt = 4 + header.bytes + header.value
  const segment = await readAt(path, segmentAt, 12)
  if (segment.length < 5 || segment.readUInt32BE(0) !== 0x18538067) {
    return false
  }
  const segmentSize = vint(segment, 4)
  return segmentSize.unknown || segmentAt + 4 + segmentSize.bytes + segmentSize.value === size
}

/** Whether a file of a detected type holds all of itself, judged by its end marker or its declared sizes. */
async function complete(path: string, ext: string, size: number) {
  if (ISO_MEDIA.has(ext)) {
    return isoBoxesComplete(path, size)
  }
  if (ext === "webm") {
    return webmComplete(path, size)
  }
  const tail = await readAt(path, Math.max(0, size - 8), 8)
  switch (ext) {
    case "png":
      return tail.equals(Buffer.from([0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]))
    case "jpg":
      return tail[tail.length - 2] === 0xff && tail[tail.length - 1] === 0xd9
    case "gif":
      return tail[tail.length - 1] === 0x3b
    case "webp":
      return (await readAt(path, 4, 4)).readUInt32LE(0) + 8 === size
  }
  return false
}

/** CSV is text: valid UTF-8 without NUL bytes, judged on its first 64 KB. */
async function isText(path: string) {
  const head = await readAt(path, 0, 65_536)
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(head, { stream: true })
  } catch {
    return false
  }
  return !head.includes(0)
}

/**
 * Checks a stored upload by its bytes, not by the name or type the client gave: an accepted image
 * or video that is complete, or a CSV. Answers the type, or why the file is refused.
 */
export async function checkUpload(path: string, size: number, declaredMime: string): Promise<CheckedUpload | { refused: string }> {
  if (size === 0) {
    return { refused: "is empty" }
  }
  const detected = await FileType.fromFile(path)
  if (!detected) {
    return declaredMime === "text/csv" && (await isText(path)) ? { ext: "csv", mime: "text/csv" } : { refused: "is not an accepted image, video or CSV file" }
  }
  if (!IMAGES.has(detected.ext) && !VIDEOS.has(detected.ext)) {
    return { refused: `is ${detected.mime}, not an accepted image or video` }
  }
  if (!(await complete(path, detected.ext, size))) {
    return { refused: `is an incomplete ${detected.ext} file` }
  }
  return { ext: detected.ext, mime: detected.mime }
}
