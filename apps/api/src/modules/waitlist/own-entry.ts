// An entry is its owner's alone: to anyone else it does not exist.
import { notFound } from "../../http/problem";
import type { WaitlistRecord, WaitlistRepository } from "./waitlist.repository";

export async function findOwnEntry(waitlist: WaitlistRepository, userId: string, id: string): Promise<WaitlistRecord> {
  const entry = await waitlist.findById(id);
  if (!entry || entry.userId !== userId) throw notFound(`No waitlist entry with id ${id}.`);
  return entry;
}
