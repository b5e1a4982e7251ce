import { memoryState } from "../state"
import { liveStateContract } from "./state-contract"

liveStateContract("memory", () => memoryState())
