type AppLogger = { debug(message: string): void; warn(message: string): void; error(message: string): void }

/**
 * Sends node-media-server's log lines (a module singleton printing with console.log) to the app's
 * logger: warnings and errors as such, its per-session chatter (info and below) at debug.
 */
export function routeNmsLogs(logger: AppLogger) {
  const nmsLogger = require("node-media-server/src/core/logger.js")
  nmsLogger.log = (message: string, level = "info") => {
    const line = `node-media-server: ${message}`
    if (level === "error") {
      return logger.error(line)
    }
    if (level === "warn") {
      return logger.warn(line)
    }
    logger.debug(line)
  }
}
