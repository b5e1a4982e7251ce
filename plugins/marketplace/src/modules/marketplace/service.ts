import { createHash, randomBytes } from "node:crypto"
import { MedusaError, MedusaService } from "@medusajs/framework/utils"
import { parseModuleOptions } from "@broadcart/core/options"
import optionsDefinition from "../../options"
import { Vendor, VendorInvite, VendorMember } from "./models/vendor"
import { OrderGroup } from "./models/order-group"

export type MarketplaceOptions = ReturnType<typeof optionsDefinition.schema.parse>

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex")

/** Vendors, their team members and invitations, and the order groups of split checkouts. */
export default class MarketplaceModuleService extends MedusaService({
  Vendor,
  VendorMember,
  VendorInvite,
  OrderGroup,
}) {
  readonly options: MarketplaceOptions

  constructor(container: Record<string, unknown>, options?: Record<string, unknown>) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options = parseModuleOptions(optionsDefinition, options ?? {})
  }

  /** Creates an invitation and returns it with its one-time token (only the hash is stored). */
  async issueInvite(vendorId: string, email: string, role: "admin" | "staff") {
    const token = randomBytes(24).toString("base64url")
    const invite = await this.createVendorInvites({
      vendor_id: vendorId,
      email: email.toLowerCase(),
      role,
      token_hash: hashToken(token),
      expires_at: new Date(Date.now() + this.options.inviteTtlHours * 3_600_000),
    })
    return { invite, token }
  }

  /** The open invitation behind a token for this email, or a NOT_FOUND/NOT_ALLOWED error. */
  async findOpenInvite(token: string, email: string) {
    const [invite] = await this.listVendorInvites({ token_hash: hashToken(token) })
    if (!invite) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "Invitation not found")
    }
    if (invite.email !== email.toLowerCase()) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Invitation was issued to another email")
    }
    if (invite.accepted_at) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Invitation was already accepted")
    }
    if (new Date(invite.expires_at).getTime() < Date.now()) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Invitation has expired")
    }
    return invite
  }
}
