import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { withdrawReplaysStep } from "./steps/withdraw-replays"
import { deleteReplayFilesStep } from "./steps/delete-replay-files"

export const expireReplaysWorkflowId = "expire-live-stream-replays"

/** Withdraws the streams' replays, then deletes their files. */
export const expireReplaysWorkflow = createWorkflow(expireReplaysWorkflowId, (input: { ids: string[]; mediaDir: string }) => {
  const ids = withdrawReplaysStep(input)
  deleteReplayFilesStep(input)
  return new WorkflowResponse(ids)
})
