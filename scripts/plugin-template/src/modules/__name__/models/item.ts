import { model } from "@medusajs/framework/utils"

/** One item of the __Title__ plugin. */
export const __Name__Item = model.define("__name_snake___item", {
  id: model.id({ prefix: "__prefix__" }).primaryKey(),
  title: model.text(),
})
