// A second live node in a process of its own, so a test can kill it (SIGKILL) as a crash would.
// It serves the real `/live` namespace on shared Redis; every stream it is asked about is live.
// argv: redisUrl prefix viewerExpiryMs. Prints {"port": n} once listening.
// The namespace, state and presence come from the plugin's build: they are not in its public exports.
const { startRealtime } = require("@broadcart/core/realtime")
const { registerLiveNamespace } = require("../../.medusa/server/src/modules/live-streaming/realtime/live-namespace")
const { redisState } = require("../../.medusa/server/src/modules/live-streaming/realtime/state")
const { redisPresence } = require("../../.medusa/server/src/modules/live-streaming/realtime/presence")

const [redisUrl, prefix, expiryMs] = process.argv.slice(2)

startRealtime({ port: 0, host: "127.0.0.1", redisUrl, redisPrefix: prefix, jwtSecret: "live-node", corsOrigins: [] }).then(
  (realtime) => {
    registerLiveNamespace(realtime.io.of("/live"), {
      state: redisState(realtime.redis, prefix),
      presence: redisPresence(realtime.redis, prefix, Number(expiryMs)),
      jwtSecret: "live-node",
      stream: async (id) => ({ id, vendor_id: "vend_node", status: "live" }),
      vendorOfMember: async () => null,
      displayName: async () => "Viewer",
      pinned: async () => null,
      history: async () => [],
      persist: () => undefined,
      count: () => undefined,
      sampleViewers: async () => undefined,
      emit: async () => undefined,
      viewerPushMs: 60_000,
      warn: () => undefined,
    })
    process.stdout.write(JSON.stringify({ port: realtime.port }) + "\n")
  },
  (error) => {
    // The test waits for the port line: fail at once instead of at its timeout.
    console.error(error)
    process.exit(1)
  }
)
