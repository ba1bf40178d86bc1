import { formatDate, paperDate } from "@/lib/format";

export function PaperDate({ paper }: { paper: { publishedAt: Date | null; createdAt: Date } }) {
  const { label, date } = paperDate(paper);
  return (
    <span>
      {label} <time dateTime={date.toISOString()}>{formatDate(date)}</time>
    </span>
  );
}
