export * from "./json-schema"
export * from "./realtime-document"
