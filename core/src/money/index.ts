import { MathBN } from "@medusajs/framework/utils"

/** A Medusa amount (number, string or BigNumber, raw or not) as a plain number; missing is 0. */
export const toNumber = (value: unknown) => MathBN.convert((value ?? 0) as any).toNumber()
