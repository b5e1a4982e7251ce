import type { ProviderWebhookPayload, WebhookActionResult } from "@medusajs/framework/types"
import { ModuleProvider, Modules, PaymentActions } from "@medusajs/framework/utils"
import { requirePinnedVersion } from "@broadcart/core/compat"
import { stripeConnection } from "../stripe-connect/client"
import { malformedIntentEvent } from "./webhook-shapes"

// The one file using Medusa's Stripe provider internals (its dist path, `stripe_`, its bundled SDK):
// checked against the version it was written for before they are loaded.
requirePinnedVersion("@medusajs/payment-stripe", "2.21.2", __filename)
const { StripeProviderService } = require("@medusajs/payment-stripe/dist/services") as typeof import("@medusajs/payment-stripe/dist/services")

/** The SDK version Medusa's provider was built against, not the plugin's own. */
const BundledStripe = require(require.resolve("stripe", { paths: [require.resolve("@medusajs/payment-stripe")] }))

type Options = ConstructorParameters<typeof StripeProviderService>[1] & { apiBaseUrl?: string }

/**
 * Medusa's Stripe card provider (`pp_stripe_stripe`), able to reach another API origin such as
 * stripe-mock or a test server through `apiBaseUrl`. It keeps the SDK version Medusa bundles, and
 * ignores signed webhook events too malformed for Medusa's handling (which would throw on each try).
 */
class BroadcartStripeProviderService extends StripeProviderService {
  static identifier = StripeProviderService.identifier

  constructor(cradle: Record<string, unknown>, options: Options) {
    super(cradle, options)
    if (options.apiBaseUrl) {
      this.stripe_ = new BundledStripe(options.apiKey, { ...stripeConnection(options.apiBaseUrl), maxNetworkRetries: 2 })
    }
  }

  async getWebhookActionAndData(webhookData: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    const event = this.constructWebhookEvent(webhookData)
    const problem = malformedIntentEvent(event)
    if (problem) {
      const logger = this.container_.logger as { warn: (message: string) => void }
      logger.warn(`Stripe payment event ${String(event?.id).slice(0, 60)} (${String(event?.type).slice(0, 60)}) ignored: ${problem}`)
      return { action: PaymentActions.NOT_SUPPORTED }
    }
    return super.getWebhookActionAndData(webhookData)
  }
}

export default ModuleProvider(Modules.PAYMENT, { services: [BroadcartStripeProviderService] })
