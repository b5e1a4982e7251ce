import { Module } from "@medusajs/framework/utils"
import RedisDeploymentService from "./service"
import claimLoader from "./loaders/claim"

/** One deployment per Redis database: claimed at startup, refused when another deployment holds it. */
export default Module("redisDeployment", { service: RedisDeploymentService, loaders: [claimLoader] })
