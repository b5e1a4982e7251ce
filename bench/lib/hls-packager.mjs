// Plays the part of the live recorder: every segment duration it adds the next segment (a hard
// link to a pre-encoded one) and rewrites the EVENT playlist atomically, as ffmpeg does.
import { execFileSync } from "node:child_process"
import { existsSync, linkSync, mkdirSync, readdirSync, renameSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"

/** 30 two-second segments of a noisy 480p picture with sound at `bitrate`, encoded once and kept. */
export function sourceSegments(bitrate) {
  const dir = join(tmpdir(), `broadcart-bench-hls-${bitrate}`)
  if (!existsSync(join(dir, "seg_00029.ts"))) {
    mkdirSync(dir, { recursive: true })
    console.log(`Encoding 60 s of test video at ${bitrate} (once)...`)
    execFileSync("ffmpeg", [
      "-hide_banner",
      "-loglevel",
      "error",
      "-y",
      "-f",
      "lavfi",
      "-i",
      "testsrc2=size=854x480:rate=30",
      "-f",
      "lavfi",
      "-i",
      "sine=frequency=440",
      "-t",
      "60",
      "-vf",
      "noise=alls=25:allf=t",
      "-c:v",
      "libx264",
      "-preset",
      "ultrafast",
      "-pix_fmt",
      "yuv420p",
      "-b:v",
      bitrate,
      "-maxrate",
      bitrate,
      "-bufsize",
      bitrate,
      "-force_key_frames",
      "expr:gte(t,n_forced*2)",
      "-c:a",
      "aac",
      "-b:a",
      "96k",
      "-f",
      "hls",
      "-hls_time",
      "2",
      "-hls_list_size",
      "0",
      "-hls_segment_filename",
      join(dir, "seg_%05d.ts"),
      join(dir, "index.m3u8"),
    ])
  }
  return readdirSync(dir)
    .filter((f) => f.endsWith(".ts"))
    .sort()
    .map((f) => join(dir, f))
}

/** Starts a live stream in `dir` that has already run `history` segments; returns stop(). */
export function startLiveStream(dir, sources, history) {
  mkdirSync(dir, { recursive: true })
  let count = 0
  const add = () => {
    linkSync(sources[count % sources.length], join(dir, `seg_${String(count).padStart(5, "0")}.ts`))
    count += 1
  }
  const writePlaylist = () => {
    const lines = [
      "#EXTM3U",
      "#EXT-X-VERSION:3",
      "#EXT-X-TARGETDURATION:2",
      "#EXT-X-MEDIA-SEQUENCE:0",
      "#EXT-X-PLAYLIST-TYPE:EVENT",
      "#EXT-X-INDEPENDENT-SEGMENTS",
    ]
    for (let i = 0; i < count; i++) {
      lines.push("#EXTINF:2.000000,", `seg_${String(i).padStart(5, "0")}.ts`)
    }
    writeFileSync(join(dir, "index.m3u8.tmp"), lines.join("\n") + "\n")
    renameSync(join(dir, "index.m3u8.tmp"), join(dir, "index.m3u8"))
  }
  while (count < history) {
    add()
  }
  writePlaylist()
  const timer = setInterval(() => (add(), writePlaylist()), 2000)
  return () => clearInterval(timer)
}
