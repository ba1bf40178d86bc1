// Live preview while writing a topic: how many papers a keyword query matches, and the newest few.
// Signed-in users only (topics are theirs to write); the query is validated like the topic's own.
import { NextResponse } from "next/server";
import { getUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { EMPTY_QUERY_MESSAGE, previewQuery, queryHasTerms } from "@/lib/topics/query";
import { topicQuerySchema } from "@/lib/validations/topics";

export async function GET(request: Request) {
  if (!(await getUser())) return NextResponse.json({ error: "Sign in to preview topics." }, { status: 401 });
  const parsed = topicQuerySchema.safeParse(new URL(request.url).searchParams.get("q") ?? "");
  if (!parsed.success) return NextResponse.json({ error: parsed.error.issues[0]?.message }, { status: 400 });
  if (!(await queryHasTerms(db, parsed.data))) {
    return NextResponse.json({ count: 0, papers: [], note: EMPTY_QUERY_MESSAGE });
  }
  return NextResponse.json(await previewQuery(db, parsed.data), { headers: { "Cache-Control": "private, no-store" } });
}
