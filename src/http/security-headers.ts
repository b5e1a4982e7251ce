import helmet from "helmet"

/**
 * Helmet's headers for a JSON API consumed cross-origin: no content may load from API answers,
 * no framing, and media and JSON may be read from other origins (storefronts, players).
 */
export const securityHeaders = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: { "default-src": ["'none'"], "frame-ancestors": ["'none'"] },
  },
  crossOriginResourcePolicy: { policy: "cross-origin" },
  crossOriginEmbedderPolicy: false,
})
