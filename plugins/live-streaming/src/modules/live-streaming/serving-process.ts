/** Medusa CLI commands that boot the app only to do a job and exit: migrations, scripts (the seed), users, builds. */
const ONE_OFF = /^(db:.+|exec|user|build|plugin:.+)$/

/**
 * Whether this process serves traffic (`medusa start` or `develop`, the test runner) rather than
 * running a one-off CLI command. RTMP ingest and socket.io start only in a serving process, so
 * `medusa db:migrate` or the seed never take their ports.
 */
export function servesTraffic(argv: string[] = process.argv): boolean {
  const cli = argv[1] ?? ""
  const isMedusaCli = /(^|[\\/])(medusa|@medusajs[\\/]cli[\\/]cli\.js)$/.test(cli)
  return !(isMedusaCli && ONE_OFF.test(argv[2] ?? ""))
}
