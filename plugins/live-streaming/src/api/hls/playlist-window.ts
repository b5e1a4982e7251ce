/**
 * The last `size` segments of a live HLS playlist, so a viewer of a long show reloads a few hundred
 * bytes every segment rather than the whole show so far. The media and discontinuity sequence
 * numbers are advanced past the dropped segments, and the EVENT type (which promises every segment
 * from the first) is removed. The full playlist stays on disk as the replay.
 */
export function livePlaylistWindow(text: string, size: number): string {
  const lines = text.split("\n").filter((l) => l.trim() !== "")
  const header: string[] = []
  const entries: string[][] = []
  let current: string[] = []
  for (const line of lines) {
    if (!line.startsWith("#")) {
      entries.push([...current, line])
      current = []
    } else if (entries.length === 0 && current.length === 0 && !isSegmentTag(line)) {
      header.push(line)
    } else {
      current.push(line)
    }
  }
  const dropped = entries.slice(0, Math.max(0, entries.length - size))
  if (dropped.length === 0) {
    return text
  }
  const sequence = Number(/^#EXT-X-MEDIA-SEQUENCE:(\d+)/m.exec(text)?.[1] ?? 0) + dropped.length
  const discontinuities =
    Number(/^#EXT-X-DISCONTINUITY-SEQUENCE:(\d+)/m.exec(text)?.[1] ?? 0) + dropped.flat().filter((l) => l === "#EXT-X-DISCONTINUITY").length
  const kept = header.filter((l) => !/^#EXT-X-(MEDIA-SEQUENCE|DISCONTINUITY-SEQUENCE|PLAYLIST-TYPE):/.test(l))
  return (
    [
      ...kept,
      `#EXT-X-MEDIA-SEQUENCE:${sequence}`,
      ...(discontinuities ? [`#EXT-X-DISCONTINUITY-SEQUENCE:${discontinuities}`] : []),
      ...entries.slice(dropped.length).flat(),
      ...current,
    ].join("\n") + "\n"
  )
}

/** Tags that belong to the segment after them, not to the playlist. */
function isSegmentTag(line: string) {
  return /^#(EXTINF|EXT-X-(DISCONTINUITY|BYTERANGE|PROGRAM-DATE-TIME|KEY|MAP|GAP|BITRATE))(:|$)/.test(line)
}
