import { parsePluginOptions } from "@broadcart/core/options"
import definition from "../options"

describe("stripe-payouts options", () => {
  it("fills defaults: 10% commission, paid at capture, no hold", () => {
    expect(parsePluginOptions(definition, {})).toMatchObject({
      defaultCommission: { percentage: 10, fixed: {}, includeTax: false, includeShipping: false },
      payoutTrigger: "captured",
      holdDays: 0,
      maxAttempts: 8,
    })
  })

  it("normalises currencies", () => {
    const options = parsePluginOptions(definition, { currency: "USD", defaultCommission: { fixed: { EUR: 0.25 } } })
    expect(options.currency).toBe("usd")
    expect(options.defaultCommission.fixed).toEqual({ eur: 0.25 })
  })

  it.each([
    [{ apiKey: "pk_live_123" }, /apiKey.*secret key/],
    [{ webhookSecret: "secret" }, /webhookSecret.*whsec_/],
    [{ payoutTrigger: "shipped" }, /payoutTrigger/],
    [{ holdDays: -1 }, /holdDays/],
    [{ defaultCommission: { percentage: 120 } }, /defaultCommission\.percentage/],
    [{ currency: "dollars" }, /currency/],
    [{ apiBaseUrl: "not a url" }, /apiBaseUrl/],
    [{ colour: "red" }, /colour|Unrecognized/],
  ])("refuses %j naming the option", (raw, message) => {
    expect(() => parsePluginOptions(definition, raw)).toThrow(message)
  })
})
