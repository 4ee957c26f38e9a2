import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/errors";

/** For pages: a record outside the actor's scope renders the 404 page, like one that never existed. */
export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
