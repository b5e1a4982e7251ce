import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { StripeProviderService } from "@medusajs/payment-stripe/dist/services"
import { stripeConnection } from "../../lib/stripe-client"

/** The SDK version Medusa's provider was built against, not the plugin's own. */
const BundledStripe = require(require.resolve("stripe", { paths: [require.resolve("@medusajs/payment-stripe")] }))

type Options = ConstructorParameters<typeof StripeProviderService>[1] & { apiBaseUrl?: string }

/**
 * Medusa's Stripe card provider (`pp_stripe_stripe`), able to reach another API origin such as
 * stripe-mock or a test server through `apiBaseUrl`. It keeps the SDK version Medusa bundles.
 */
class BroadcartStripeProviderService extends StripeProviderService {
  static identifier = StripeProviderService.identifier

  constructor(cradle: Record<string, unknown>, options: Options) {
    super(cradle, options)
    if (options.apiBaseUrl) {
      this.stripe_ = new BundledStripe(options.apiKey, { ...stripeConnection(options.apiBaseUrl), maxNetworkRetries: 2 })
    }
  }
}

export default ModuleProvider(Modules.PAYMENT, { services: [BroadcartStripeProviderService] })
