import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

/** Query of GET /store/__name__. */
export const StoreList__Name__Items = createFindParams({ limit: 20, offset: 0 })

/** Body of POST /store/__name__. */
export const StoreCreate__Name__Item = z.object({ title: z.string().trim().min(1).max(200) }).strict()

export type StoreCreate__Name__ItemType = z.infer<typeof StoreCreate__Name__Item>
