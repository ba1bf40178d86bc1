import { describe, expect, it } from "vitest";
import { clientIpFrom, parseTrustedNetworks } from "@/lib/request-ip-chain";

const none = parseTrustedNetworks("");
const local = parseTrustedNetworks("127.0.0.1/32");

describe("clientIpFrom", () => {
  it("takes the last entry with no trusted proxy: the peer the server itself appended", () => {
    // The client sent its own X-Forwarded-For to dodge the limit; serve.mjs appended the real peer.
    expect(clientIpFrom("1.2.3.4, 203.0.113.9", none, true)).toBe("203.0.113.9");
    expect(clientIpFrom("203.0.113.9", none, true)).toBe("203.0.113.9");
  });

  it("skips entries inside the trusted networks, from the right", () => {
    const proxies = parseTrustedNetworks("10.0.0.0/8, 192.168.1.1");
    // forged, client as nginx saw it, nginx's own address (appended by serve.mjs)
    expect(clientIpFrom("1.2.3.4, 203.0.113.9, 10.0.0.2", proxies, true)).toBe("203.0.113.9");
    expect(clientIpFrom("1.2.3.4,203.0.113.9 , 192.168.1.1,10.0.0.2", proxies, true)).toBe("203.0.113.9");
    // A trusted proxy that is not the last hop is no help: an untrusted peer is the client.
    expect(clientIpFrom("1.2.3.4, 10.0.0.2, 203.0.113.9", proxies, true)).toBe("203.0.113.9");
  });

  it("matches IPv6 networks, and IPv4 networks against IPv4-mapped IPv6 peers", () => {
    expect(clientIpFrom("2001:db8::7, ::ffff:127.0.0.1", local, true)).toBe("2001:db8::7");
    expect(clientIpFrom("203.0.113.9, fd00::1", parseTrustedNetworks("fd00::/8"), true)).toBe("203.0.113.9");
    expect(clientIpFrom("203.0.113.9, 10.1.2.3", parseTrustedNetworks("::ffff:10.0.0.0/104"), true)).toBe(
      "203.0.113.9",
    );
  });

  it("spells an IPv4-mapped peer as plain IPv4, so one client has one allowance", () => {
    expect(clientIpFrom("::ffff:203.0.113.9", none, true)).toBe("203.0.113.9");
    expect(clientIpFrom("::FFFF:203.0.113.9", none, true)).toBe("203.0.113.9");
  });

  it("gives the leftmost entry when every entry is a trusted proxy", () => {
    expect(clientIpFrom("127.0.0.1, 127.0.0.1", local, true)).toBe("127.0.0.1");
  });

  it("treats every client as one 'unknown' when nothing we trust wrote the header (next dev, bare next start)", () => {
    expect(clientIpFrom("10.9.1.1", none, false)).toBe("unknown");
    expect(clientIpFrom("10.9.2.1", local, false)).toBe("unknown");
    expect(clientIpFrom(" , ", none, true)).toBe("unknown");
    expect(clientIpFrom(null, none, true)).toBe("unknown");
  });
});

describe("parseTrustedNetworks", () => {
  it("accepts IPv4 and IPv6 networks and single hosts, separated by commas or spaces", () => {
    const networks = parseTrustedNetworks(" 10.0.0.0/8,172.16.0.0/12  ::1 2001:db8::/32 ");
    for (const inside of ["10.255.0.1", "172.31.9.9", "::1", "2001:db8:1::5", "::ffff:10.0.0.1"]) {
      expect(networks.has(inside), inside).toBe(true);
    }
    for (const outside of ["11.0.0.1", "172.32.0.1", "::2", "2001:db9::1", "garbage", ""]) {
      expect(networks.has(outside), outside).toBe(false);
    }
  });

  it("refuses anything that is not a network, naming it", () => {
    for (const bad of ["10.0.0.0/33", "::/129", "10.0.0/8", "example.com", "10.0.0.0/8/1", "10.0.0.0/", "1.2.3.4/x"]) {
      expect(() => parseTrustedNetworks(bad), bad).toThrow(`not an IP network: ${bad}`);
    }
  });
});
