// Papers that all say "numbat", a minute apart from 2024-01-01 ("Numbat survey 0" the oldest): enough of
// them to pass a cap shows what the code does past it.
import { newPaperId } from "@/lib/papers/paper-id";

export const numbatPapers = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    id: newPaperId(),
    title: `Numbat survey ${i}`,
    abstract: "Burrows.",
    publishedAt: new Date(Date.UTC(2024, 0, 1) + i * 60_000),
  }));
