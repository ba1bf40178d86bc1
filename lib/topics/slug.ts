import { randomBytes } from "node:crypto";

/** A URL slug for a user's own topic: readable words from the name plus a random suffix, so it never
 *  collides with a curated slug or another user's topic. */
export function ownTopicSlug(name: string) {
  const words = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 50)
    .replace(/-+$/, "");
  return `${words || "topic"}-${randomBytes(4).toString("hex")}`;
}
