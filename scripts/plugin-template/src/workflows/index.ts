// The workflows other plugins may run.
export { create__Name__ItemWorkflow, create__Name__ItemWorkflowId, type Create__Name__ItemInput } from "./create-item"
