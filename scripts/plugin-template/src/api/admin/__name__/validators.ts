import { createFindParams } from "@medusajs/medusa/api/utils/validators"

/** Query of GET /admin/__name__. */
export const AdminList__Name__Items = createFindParams({ limit: 50, offset: 0 })
