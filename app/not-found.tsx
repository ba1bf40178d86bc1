import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

export default function NotFound() {
  return (
    <div className="py-16 text-center">
      <p className="text-sm font-semibold text-link">404</p>
      <h1 className="mt-2 text-2xl font-bold tracking-tight">Page not found</h1>
      <p className="mt-2 text-zinc-600 dark:text-zinc-400">
        We couldn’t find that page. The link may be mistyped, or the paper may have been removed.
      </p>
      <Link href="/" className={buttonClass({ className: "mt-6 inline-block" })}>
        Back to papers
      </Link>
    </div>
  );
}
