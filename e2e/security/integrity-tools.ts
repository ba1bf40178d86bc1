// What the integrity attacks are made of: hostile URL segments, and server actions called the way an
// attacker would, a POST with the `Next-Action` header and the action's arguments to a page that offers
// it. The action ids come from the production build's own manifest, so the table in integrity.ts names
// actions, not ids that change with every build.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { HTTP_SESSION_COOKIE } from "@/lib/auth/session-cookies";
import type { Db } from "@/lib/database/client";
import { PROJECT_DIR } from "@/lib/database/provision";
import { newPaperId } from "@/lib/papers/paper-id";
import { createReader } from "../fixtures";

/** Path segments an attacker would try: NUL bytes, huge, traversal, invalid UTF-8, SQL, out of range.
 *  (A bare `%2E%2E` is not among them: URL parsing turns it into `..` before it is sent.) */
export const HOSTILE_SEGMENTS = [
  "%00",
  "a%00b",
  "x".repeat(5000),
  "..%2F..%2Fetc%2Fpasswd",
  "%FF",
  "%C0%AE",
  encodeURIComponent("日本語-ü"),
  encodeURIComponent("'; DROP TABLE users; --"),
  "99999999999999999999999",
  "-1",
  "0",
  encodeURIComponent("<script>alert(1)</script>"),
];

export type ActionCall = { page: string; input: unknown; as?: "attacker" };

type Manifest = { node: Record<string, { exportedName: string }> };

let actionIds: Map<string, string> | undefined;

function actionId(name: string) {
  actionIds ??= new Map(
    Object.entries(
      (
        JSON.parse(
          readFileSync(path.join(PROJECT_DIR, ".next/server/server-reference-manifest.json"), "utf8"),
        ) as Manifest
      ).node,
    ).map(([id, entry]) => [entry.exportedName, id]),
  );
  const id = actionIds.get(name);
  if (!id) throw new Error(`No server action ${name} in the build: rebuild, or update the table`);
  return id;
}

/** One action call, as the browser encodes a call with a plain argument; signed in when given a session. */
export async function callAction(
  request: APIRequestContext,
  name: string,
  page: string,
  input: unknown,
  sessionToken: string | null,
) {
  const response = await request.post(page, {
    headers: {
      "next-action": actionId(name),
      "content-type": "text/plain;charset=UTF-8",
      accept: "text/x-component",
      ...(sessionToken ? { cookie: `${HTTP_SESSION_COOKIE}=${sessionToken}` } : {}),
    },
    data: JSON.stringify(input === undefined ? [] : [input]),
    maxRedirects: 0,
  });
  return { status: response.status(), body: await response.text() };
}

/** A reader with something behind every action: a vote, a hidden paper, a private topic, a feed, a digest. */
export async function setUpVictim(db: Db) {
  const reader = await createReader(db, { name: "Victim" });
  // Papers of its own, dated long ago: the victim's vote moves a count, which must not reorder the sample.
  const [paper, hiddenPaper] = [newPaperId(), newPaperId()];
  await db.paper.createMany({
    data: [paper, hiddenPaper].map((id) => ({
      id,
      title: `The victim's paper ${id}`,
      abstract: "Nothing real.",
      publishedAt: new Date("2001-01-01"),
    })),
  });
  const topic = await db.topic.create({
    data: {
      slug: `victims-topic-${randomBytes(4).toString("hex")}`,
      name: "Victim's topic",
      query: "quantization",
      ownerId: reader.id,
      followers: { create: { userId: reader.id } },
    },
    select: { id: true, slug: true },
  });
  await db.user.update({
    where: { id: reader.id },
    data: {
      feedTokenHash: randomBytes(32).toString("hex"),
      digestSuppressedAt: new Date(),
      digestSuppressedReason: "550 test bounce",
      upvotes: { create: { paperId: paper } },
      hidden: { create: { paperId: hiddenPaper } },
    },
  });
  return { user: reader, paper, hiddenPaper, topic };
}

/** Everything of a reader's that any action could write: every column of the user row, and their rows. */
export async function readerState(db: Db, userId: string) {
  return db.user.findUnique({
    where: { id: userId },
    include: {
      _count: { select: { sessions: true } },
      upvotes: { select: { paperId: true }, orderBy: { paperId: "asc" } },
      hidden: { select: { paperId: true }, orderBy: { paperId: "asc" } },
      follows: { select: { topicId: true }, orderBy: { topicId: "asc" } },
      topics: { select: { id: true, slug: true, name: true, query: true }, orderBy: { id: "asc" } },
    },
  });
}
