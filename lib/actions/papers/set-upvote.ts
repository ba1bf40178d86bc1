"use server";
// Sets the signed-in user's upvote on a paper (on or off, never a blind toggle) and returns the new count.
import { userAction } from "@/lib/actions/safe-action";
import { db } from "@/lib/db";
import { setUpvoteSchema } from "@/lib/validations/votes";
import { setUpvote } from "@/lib/votes/set-upvote";

export const setUpvoteAction = userAction(setUpvoteSchema, async ({ paperId, upvoted }, { user }) => {
  const state = await setUpvote(db, user.id, paperId, upvoted);
  if (!state) return { ok: false, error: "That paper doesn't exist." };
  // No revalidatePath: the button already holds the confirmed state, and re-rendering the page the vote came
  // from (a paper page runs the similar-papers search) made each click cost a full page render.
  return { ok: true, data: state };
});
