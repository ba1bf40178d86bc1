import { describe, expect, it } from "vitest";
import { clientIpFrom } from "@/lib/request-ip-chain";

describe("clientIpFrom", () => {
  it("takes the last entry with no proxy in front: what the server itself appended", () => {
    // The client sent its own X-Forwarded-For to dodge the limit; serve.mjs appended the real peer.
    expect(clientIpFrom("1.2.3.4, 203.0.113.9", null, 0)).toBe("203.0.113.9");
    expect(clientIpFrom("203.0.113.9", null, 0)).toBe("203.0.113.9");
  });

  it("skips one entry per trusted proxy, from the right", () => {
    // forged, client as nginx saw it, nginx's own address (appended by serve.mjs)
    expect(clientIpFrom("1.2.3.4, 203.0.113.9, 10.0.0.2", null, 1)).toBe("203.0.113.9");
    expect(clientIpFrom("1.2.3.4,203.0.113.9 , 10.0.0.3,10.0.0.2", null, 2)).toBe("203.0.113.9");
  });

  it("gives the leftmost entry when the chain is shorter than the trusted hops", () => {
    expect(clientIpFrom("203.0.113.9", null, 3)).toBe("203.0.113.9");
  });

  it("falls back to X-Real-IP, then to one shared 'unknown'", () => {
    expect(clientIpFrom(null, " 198.51.100.7 ", 0)).toBe("198.51.100.7");
    expect(clientIpFrom(" , ", null, 0)).toBe("unknown");
    expect(clientIpFrom(null, null, 1)).toBe("unknown");
  });
});
