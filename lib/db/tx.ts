// The transaction client that a write and its audit event share (one $transaction per mutation).
import type { Prisma } from "@/generated/prisma/client";

export type Tx = Prisma.TransactionClient;
