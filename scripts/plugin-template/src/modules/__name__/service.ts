import { MedusaService } from "@medusajs/framework/utils"
import { __Name__Item } from "./models/item"

/** The items of the __Title__ plugin; CRUD methods are generated, domain methods are written here. */
export default class __Name__ModuleService extends MedusaService({ __Name__Item }) {
  /** How many items the store holds. */
  async countItems() {
    const [, count] = await this.listAndCount__Name__Items({}, { select: ["id"], take: 1 })
    return count
  }
}
