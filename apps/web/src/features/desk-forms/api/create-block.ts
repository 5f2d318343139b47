import { useMutation } from "@tanstack/react-query";
import { BlockResult, type CreateBlock } from "@sambruk/contracts";
import { apiSend } from "../../../lib/api-client";

/** POST /desk/blocks: a dry run lists the bookings hit; otherwise the block is made and `cancel` cancelled with notice. */
export function createBlock(request: CreateBlock): Promise<BlockResult> {
  return apiSend("POST", "/desk/blocks", request, BlockResult);
}

export function useCreateBlock() {
  return useMutation({ mutationFn: createBlock });
}
