import type { PrismaClient } from "../generated/prisma/client";

const PING_TIMEOUT_MS = 2_000;

/** `SELECT 1` through Prisma; false when it fails or takes longer than a couple of seconds. */
export async function pingDatabase(prisma: PrismaClient, timeoutMs = PING_TIMEOUT_MS): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
    timer.unref();
  });
  const query = prisma.$queryRaw`SELECT 1`.then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
