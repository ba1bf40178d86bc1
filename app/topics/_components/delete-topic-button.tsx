"use client";

import { useRouter } from "next/navigation";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import type { ActionResult } from "@/lib/actions/safe-action";
import { deleteTopicAction } from "@/lib/actions/topics/delete-topic";

export function DeleteTopicButton({ topicId, topicName }: { topicId: string; topicName: string }) {
  const router = useRouter();
  const [state, remove, pending] = useActionState<ActionResult | null>(async (previous) => {
    if (!window.confirm(`Delete “${topicName}”? This cannot be undone.`)) return previous;
    const result = await deleteTopicAction({ topicId });
    if (result.ok) router.push("/topics");
    return result;
  }, null);
  return (
    <form action={remove}>
      <Button type="submit" variant="danger" pending={pending}>
        {pending ? "Deleting…" : "Delete topic"}
      </Button>
      <FormError className="mt-2">{state && !state.ok ? state.error : null}</FormError>
    </form>
  );
}
