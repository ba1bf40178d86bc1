import { describe, expect, it } from "vitest";
import { MAX_RETRY_AFTER_MS, TransientError, parseRetryAfter, withRetries } from "@/lib/ingest/retry";

describe("parseRetryAfter", () => {
  it("reads delta-seconds and HTTP dates, and nothing else", () => {
    const now = Date.parse("2099-01-05T12:00:00Z");
    expect(parseRetryAfter("30", now)).toBe(30_000);
    expect(parseRetryAfter(" 0 ", now)).toBe(0);
    expect(parseRetryAfter("Mon, 05 Jan 2099 12:01:00 GMT", now)).toBe(60_000);
    expect(parseRetryAfter("Mon, 05 Jan 2099 11:00:00 GMT", now)).toBe(0); // already past
    for (const junk of [null, "", "soon", "-5", "1.5"]) expect(parseRetryAfter(junk, now)).toBeNull();
  });
});

describe("withRetries", () => {
  const run = async (failures: (TransientError | Error)[], options: { minWaitMs?: number } = {}) => {
    const sleeps: number[] = [];
    let calls = 0;
    const result = withRetries(
      { attempts: 3, backoffMs: 1000, sleep: async (ms) => void sleeps.push(ms), ...options },
      async () => {
        const failure = failures[calls++];
        if (failure) throw failure;
        return "done";
      },
      (last, tried) => new Error(`gave up after ${tried}: ${last.message}`),
    );
    return { result, sleeps, calls: () => calls };
  };

  it("backs off exponentially, never under the minimum, and longer when the server asks", async () => {
    const plain = await run([new TransientError("a"), new TransientError("b")]);
    await expect(plain.result).resolves.toBe("done");
    expect(plain.sleeps).toEqual([1000, 2000]);

    const polite = await run([new TransientError("a")], { minWaitMs: 3000 });
    await expect(polite.result).resolves.toBe("done");
    expect(polite.sleeps).toEqual([3000]);

    const asked = await run([new TransientError("429", 429, 10 * MAX_RETRY_AFTER_MS)]);
    await expect(asked.result).resolves.toBe("done");
    expect(asked.sleeps).toEqual([MAX_RETRY_AFTER_MS]);
  });

  it("gives up after the last attempt with the caller's error, and never retries other errors", async () => {
    const failing = await run([new TransientError("a"), new TransientError("b"), new TransientError("c")]);
    await expect(failing.result).rejects.toThrow("gave up after 3: c");

    const wrong = await run([new RangeError("bad request")]);
    await expect(wrong.result).rejects.toThrow(RangeError);
    expect(wrong.calls()).toBe(1);
    expect(wrong.sleeps).toEqual([]);
  });
});
