import { describe, expect, it } from "vitest";
import { arxivQueryWithinDays } from "@/lib/ingest/ingest-live";

describe("arxivQueryWithinDays", () => {
  const now = new Date("2099-01-05T10:00:00Z");

  it("limits any search query to papers submitted on the last N whole UTC days", () => {
    expect(arxivQueryWithinDays("cat:cs.LG OR cat:cs.CL", 2, now)).toBe(
      "(cat:cs.LG OR cat:cs.CL) AND submittedDate:[209901040000 TO 209901052359]",
    );
  });

  it("crosses month and year boundaries", () => {
    expect(arxivQueryWithinDays("cat:cs.AI", 7, now)).toBe(
      "(cat:cs.AI) AND submittedDate:[209812300000 TO 209901052359]",
    );
  });

  it("counts today as the first day", () => {
    expect(arxivQueryWithinDays("all:kv", 1, now)).toBe("(all:kv) AND submittedDate:[209901050000 TO 209901052359]");
  });

  it("refuses a number of days that is not a whole number from 1 to 366", () => {
    expect(() => arxivQueryWithinDays("cat:cs.LG", 0, now)).toThrow(RangeError);
    expect(() => arxivQueryWithinDays("cat:cs.LG", 1.5, now)).toThrow(RangeError);
  });
});
