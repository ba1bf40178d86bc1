import type { Metadata } from "next";
import Link from "next/link";
import { HOT_EPOCH_SECONDS, HOT_TIME_SCALE_SECONDS } from "@/lib/ranking/hot";

export const metadata: Metadata = {
  title: "How trending works",
  description: "The published formula behind Paperboy's trending list.",
};

const epoch = new Date(HOT_EPOCH_SECONDS * 1000).toISOString().replace(".000Z", "Z");
const hours = HOT_TIME_SCALE_SECONDS / 3600;

export default function RankingPage() {
  return (
    <article className="mx-auto max-w-2xl space-y-5 leading-relaxed">
      <h1 className="text-2xl font-bold tracking-tight">How trending works</h1>
      <p>
        The trending list orders papers by a score that rises with upvotes and with freshness. Nothing else goes in: no
        engagement tricks, no hidden boosts, no personal data. The same score orders each topic&apos;s trending list;
        your <em>For you</em> list applies it to the topics you follow.
      </p>
      <h2 className="text-lg font-semibold">In plain words</h2>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          More votes rank higher, but each extra vote counts less: the 10th vote moves a paper as much as the first 9
          together, the 100th as much as the first 99.
        </li>
        <li>Newer papers rank higher: every {hours} hours of age cost a paper as much as dividing its votes by ten.</li>
        <li>A paper&apos;s date is its publication date, or when Paperboy first saw it if the source gives none.</li>
        <li>Equal scores are broken by the paper&apos;s id, so the order never shuffles between page loads.</li>
      </ul>
      <h2 className="text-lg font-semibold">The formula</h2>
      <pre className="overflow-x-auto rounded-lg bg-zinc-100 p-4 text-sm dark:bg-zinc-900">
        <code>{`score = log10(votes + 1) + (t − ${HOT_EPOCH_SECONDS}) / ${HOT_TIME_SCALE_SECONDS}`}</code>
      </pre>
      <p>
        <code>votes</code> is the number of upvotes; <code>t</code> is the paper&apos;s date in Unix seconds;{" "}
        <code>{HOT_EPOCH_SECONDS}</code> is a fixed reference time ({epoch}) that only keeps the numbers small.
      </p>
      <h2 className="text-lg font-semibold">Why these choices</h2>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          <strong>Logarithm of votes.</strong> The first few votes tell you most about whether a paper is worth a look;
          a paper with 500 votes is not 50 times more interesting than one with 10. The <code>+ 1</code> makes the very
          first vote count.
        </li>
        <li>
          <strong>{hours} hours per factor of ten.</strong> arXiv publishes once a day. With this scale a paper from
          yesterday needs about 10× the votes of today&apos;s to stay level with it, so the list turns over daily
          without burying a paper that is clearly popular.
        </li>
        <li>
          <strong>A score that grows with time instead of decaying.</strong> This is the Reddit &ldquo;hot&rdquo; family
          (Hacker News divides by age instead). Because a paper&apos;s score only changes when someone votes, Paperboy
          stores it next to the vote count and updates both in the same database statement. Listing the trending papers
          is then a single index scan, however many papers and votes there are.
        </li>
      </ul>
      <p>
        The code is <code>lib/ranking/hot.ts</code>, with tests beside it; the database computes the same formula in a
        generated column.{" "}
        <Link href="/" className="text-link underline">
          Back to trending
        </Link>
      </p>
    </article>
  );
}
