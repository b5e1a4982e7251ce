export * from "./record-order-commission"
export * from "./mark-payouts-due"
export * from "./send-payout"
export * from "./apply-payout-refunds"
