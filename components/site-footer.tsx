import { DigestSignupFooter } from "@/components/digest-signup";
import { HiddenOn } from "@/components/hidden-on";
import { ThemeSwitch } from "@/components/theme-switch";
import { devMailboxInUse } from "@/lib/env";

/** Pages that make the digest offer themselves, or where a second email form would only be in the way. */
const OFFER_ELSEWHERE = ["/", "/signin", "/auth", "/welcome", "/settings", "/digests", "/unsubscribe"];

/** The footer on every page: the digest offer (unless the page has its own), the credits and the theme switch. */
export function SiteFooter() {
  return (
    <footer className="space-y-4 border-t border-zinc-200 py-6 dark:border-zinc-800">
      <HiddenOn paths={OFFER_ELSEWHERE}>
        <DigestSignupFooter devMailbox={devMailboxInUse()} />
      </HiddenOn>
      <div className="flex flex-wrap items-center justify-center gap-x-6 gap-y-2 px-4">
        <p className="text-xs text-muted">Paperboy · paper data from arXiv and Hugging Face</p>
        <ThemeSwitch />
      </div>
    </footer>
  );
}
