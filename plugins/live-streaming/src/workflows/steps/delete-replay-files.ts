import { rm } from "node:fs/promises"
import { join, resolve } from "node:path"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const deleteReplayFilesStepId = "delete-replay-files"

/** Deletes the streams' HLS files from the media folder; what is deleted stays deleted, so it runs last. */
export const deleteReplayFilesStep = createStep(deleteReplayFilesStepId, async ({ ids, mediaDir }: { ids: string[]; mediaDir: string }) => {
  for (const id of ids) {
    await rm(join(resolve(mediaDir), id), { recursive: true, force: true })
  }
  return new StepResponse(ids)
})
