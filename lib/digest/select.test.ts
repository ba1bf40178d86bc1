import { describe, expect, it } from "vitest";
import { selectDigestPapers } from "@/lib/digest/select";

const paper = (id: string) => ({ id });
const chip = (name: string, own = false) => ({ slug: name.toLowerCase(), name, own });
const ids = (picks: { paper: { id: string } }[]) => picks.map((p) => p.paper.id);

describe("selectDigestPapers", () => {
  it("takes the top of For you, in its order, with its why-chips", () => {
    const picks = selectDigestPapers({
      forYou: [
        { paper: paper("a"), reasons: [chip("Quantization")] },
        { paper: paper("b"), reasons: [chip("Mine", true), chip("Agents")] },
        { paper: paper("c"), reasons: [chip("Agents")] },
      ],
      trending: [paper("x"), paper("y")],
      size: 2,
    });
    expect(picks).toEqual([
      { paper: paper("a"), reasons: [chip("Quantization")] },
      { paper: paper("b"), reasons: [chip("Mine", true), chip("Agents")] },
    ]);
  });

  it("fills up from trending when For you has fewer papers than asked for, marking them trending", () => {
    const picks = selectDigestPapers({
      forYou: [{ paper: paper("a"), reasons: [chip("Agents")] }],
      trending: [paper("x"), paper("y"), paper("z")],
      size: 3,
    });
    expect(ids(picks)).toEqual(["a", "x", "y"]);
    expect(picks.map((p) => p.reasons.length)).toEqual([1, 0, 0]);
  });

  it("never lists a paper twice when it is both in For you and trending", () => {
    const picks = selectDigestPapers({
      forYou: [{ paper: paper("a"), reasons: [chip("Agents")] }],
      trending: [paper("a"), paper("x")],
      size: 5,
    });
    expect(ids(picks)).toEqual(["a", "x"]);
    expect(picks[0]!.reasons).toEqual([chip("Agents")]);
  });

  it("gives a reader who follows nothing the trending list", () => {
    expect(ids(selectDigestPapers({ forYou: [], trending: [paper("x"), paper("y")], size: 10 }))).toEqual(["x", "y"]);
  });

  it("picks nothing when nothing is left", () => {
    expect(selectDigestPapers({ forYou: [], trending: [], size: 10 })).toEqual([]);
  });
});
