import { describe, expect, it } from "vitest";
import {
  CACHED_TOPIC_LIST_PATH,
  cachedHomePath,
  cachedTopicPath,
  isCachedHomePath,
  isCachedTopicPage,
} from "@/lib/cache/public-routes";

const home = (query: string) => cachedHomePath(new URLSearchParams(query));

describe("cachedHomePath", () => {
  it("spells out the defaults, so one list has one entry however its URL is written", () => {
    expect(home("")).toBe("/cached/home/trending/week/-/1");
    expect(home("view=trending&page=1&period=week")).toBe("/cached/home/trending/week/-/1");
    expect(home("view=bogus&page=-3&period=%00")).toBe("/cached/home/trending/week/-/1");
  });

  it("keeps the period only for Top, which is the one list it changes", () => {
    expect(home("view=new&period=day")).toBe("/cached/home/new/week/-/1");
    expect(home("view=top&period=day&page=3")).toBe("/cached/home/top/day/-/3");
  });

  it("folds every page past the last into one", () => {
    expect(home("page=51")).toBe(home("page=100000"));
  });

  it("caches curated topics' lists and leaves any other topic to a per-request render", () => {
    expect(home("topic=quantization")).toBe("/cached/home/trending/week/quantization/1");
    expect(home("topic=my-own-topic")).toBeNull();
  });
});

describe("cachedTopicPath", () => {
  it("serves curated topics from the cache, pages folded, and nothing else", () => {
    expect(cachedTopicPath("quantization", new URLSearchParams("page=2"))).toBe("/cached/topics/quantization/2");
    expect(cachedTopicPath("quantization", new URLSearchParams("page=x"))).toBe("/cached/topics/quantization/1");
    expect(cachedTopicPath("someones-topic", new URLSearchParams())).toBeNull();
    expect(CACHED_TOPIC_LIST_PATH).toBe("/cached/topic-list/all");
  });
});

describe("the cached pages accept only the segments the proxy writes", () => {
  it("home", () => {
    const ok = { view: "top", period: "day", topic: "-", page: "2" };
    expect(isCachedHomePath(ok)).toBe(true);
    expect(isCachedHomePath({ ...ok, topic: "quantization" })).toBe(true);
    for (const bad of [
      { ...ok, view: "Top" },
      { ...ok, view: "new" }, // New ignores the period: its entry says week
      { ...ok, period: "year" },
      { ...ok, topic: "my-own-topic" },
      { ...ok, topic: "" },
      { ...ok, page: "02" },
      { ...ok, page: "0" },
      { ...ok, page: "52" },
    ]) {
      expect(isCachedHomePath(bad), JSON.stringify(bad)).toBe(false);
    }
  });

  it("topic pages", () => {
    expect(isCachedTopicPage("1")).toBe(true);
    expect(isCachedTopicPage("51")).toBe(true);
    for (const bad of ["0", "01", "52", "1.0", "x", ""]) expect(isCachedTopicPage(bad), bad).toBe(false);
  });
});
