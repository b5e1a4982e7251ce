import { closeSync, mkdirSync, openSync, readFileSync } from "node:fs"
import { dirname } from "node:path"

/**
 * What `npm start` shows. In a terminal: short steps with timings, and Medusa's own output (its
 * JSON logs, build chatter) appended to `logPath`. Elsewhere (CI, a process manager, or
 * LOG_FORMAT=json): `[broadcart]` lines, with Medusa's output on stdout as before.
 */
export function createProgress({ pretty, logPath, out = process.stdout, now = () => performance.now() }) {
  let fd = null
  let open = null
  const write = (text) => out.write(text)
  const seconds = (since) => `${((now() - since) / 1000).toFixed(1)}s`

  if (pretty) {
    mkdirSync(dirname(logPath), { recursive: true })
    fd = openSync(logPath, "a")
  }

  function endLine() {
    if (open) {
      write("\n")
      open = null
    }
  }

  return {
    pretty,
    logPath,
    /** How child processes should be given stdin, stdout and stderr. */
    stdio: pretty ? ["ignore", fd, fd] : "inherit",

    /** A line of detail: under the current step in a terminal. */
    log(message) {
      if (!pretty) {
        console.log(`[broadcart] ${message}`)
        return
      }
      endLine()
      write(`    ${message}\n`)
    },

    /** Runs `task` as a named step; in a terminal, prints its time when it ends, and the log's tail when it fails. */
    async step(title, task) {
      if (!pretty) {
        console.log(`[broadcart] ${title}`)
        return task()
      }
      const since = now()
      open = title
      write(`  … ${title}`)
      const finish = (mark) => {
        const line = `${mark} ${title} (${seconds(since)})\n`
        write(open === title ? `\r\x1b[K${line}` : line)
        open = null
      }
      try {
        const result = await task()
        finish("✔")
        return result
      } catch (error) {
        finish("✖")
        const tail = readFileSync(logPath, "utf8").trimEnd().split("\n").slice(-15)
        write(`${tail.map((l) => `    | ${l}`).join("\n")}\n    Full output: ${logPath}\n`)
        throw error
      }
    },

    close() {
      endLine()
      if (fd !== null) {
        closeSync(fd)
      }
    },
  }
}
