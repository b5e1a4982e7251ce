import type { MedusaResponse } from "@medusajs/framework/http"
import { removeVendorMemberWorkflow, updateVendorMemberWorkflow } from "../../../../workflows"
import type { VendorRequest } from "../../context"
import type { VendorUpdateMemberType } from "../validators"

/** Changes a member's role (owners and admins); other vendors' members look absent. */
export async function POST(req: VendorRequest<VendorUpdateMemberType>, res: MedusaResponse) {
  const { result: member } = await updateVendorMemberWorkflow(req.scope).run({
    input: { vendor_id: req.vendor.vendor_id, member_id: req.params.id, role: req.validatedBody.role },
  })
  res.json({ member })
}

/** Removes a member from the team and unbinds its login (owners and admins). */
export async function DELETE(req: VendorRequest, res: MedusaResponse) {
  const { result: id } = await removeVendorMemberWorkflow(req.scope).run({
    input: { vendor_id: req.vendor.vendor_id, member_id: req.params.id },
  })
  res.json({ id, object: "vendor_member", deleted: true })
}
