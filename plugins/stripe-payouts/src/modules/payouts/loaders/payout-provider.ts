import type { LoaderOptions } from "@medusajs/framework/types"
import { asValue } from "@medusajs/framework/awilix"
import { parseModuleOptions } from "@broadcart/core/options"
import optionsDefinition from "../../../options"
import { PAYOUT_PROVIDER } from "../../../providers/payout-provider"
import { StripeConnectProvider } from "../../../providers/stripe-connect"

/** Gives the payouts service its provider: Stripe Connect, configured from the plugin's options. */
export default async function payoutProviderLoader({ container, options }: LoaderOptions<Record<string, unknown>>) {
  const { apiKey, apiBaseUrl, webhookSecret } = parseModuleOptions(optionsDefinition, options ?? {})
  container.register(PAYOUT_PROVIDER, asValue(new StripeConnectProvider({ apiKey, apiBaseUrl, webhookSecret })))
}
