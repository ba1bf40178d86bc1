import { DigestSignupFooter } from "@/components/digest-signup";
import { HiddenOn } from "@/components/hidden-on";
import { devMailboxInUse } from "@/lib/env";

/** Pages that make the digest offer themselves, or where a second email form would only be in the way. */
const OFFER_ELSEWHERE = ["/", "/signin", "/auth", "/welcome", "/settings", "/digests", "/unsubscribe"];

/** The footer on every page: the digest offer (unless the page has its own) and the credits. */
export function SiteFooter() {
  return (
    <footer className="space-y-4 border-t border-zinc-200 py-6 dark:border-zinc-800">
      <HiddenOn paths={OFFER_ELSEWHERE}>
        <DigestSignupFooter devMailbox={devMailboxInUse()} />
      </HiddenOn>
      <p className="text-center text-xs text-zinc-500">Paperboy · paper data from arXiv and Hugging Face</p>
    </footer>
  );
}
