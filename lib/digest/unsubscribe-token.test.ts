import { describe, expect, it } from "vitest";
import { signUnsubscribeToken, unsubscribeKey, verifyUnsubscribeToken } from "@/lib/digest/unsubscribe-token";

const key = unsubscribeKey("a-test-secret-of-at-least-32-characters!!");

describe("unsubscribe tokens", () => {
  it("name the user and the list they were made for", () => {
    const token = signUnsubscribeToken(key, "user123");
    expect(verifyUnsubscribeToken(key, token)).toEqual({ userId: "user123", list: "digest" });
  });

  it("are refused when any character changes", () => {
    const token = signUnsubscribeToken(key, "user123");
    for (let i = 0; i < token.length; i++) {
      const c = token[i] === "A" ? "B" : "A";
      const tampered = token.slice(0, i) + c + token.slice(i + 1);
      if (tampered !== token) expect(verifyUnsubscribeToken(key, tampered), `changed at ${i}`).toBeNull();
    }
  });

  it("cannot be moved to another user", () => {
    const [version, list, , mac] = signUnsubscribeToken(key, "alice").split(".");
    expect(verifyUnsubscribeToken(key, [version, list, "bob", mac].join("."))).toBeNull();
  });

  it("are refused when made with another secret", () => {
    const other = unsubscribeKey("another-secret-of-at-least-32-characters!");
    expect(verifyUnsubscribeToken(key, signUnsubscribeToken(other, "user123"))).toBeNull();
  });

  it("refuse malformed input without throwing", () => {
    for (const junk of [
      "",
      "u1",
      "u1.digest.user",
      "u1.digest..x",
      "u1.other.user.abc",
      "x".repeat(5000),
      "u1.digest.a b.c",
    ]) {
      expect(verifyUnsubscribeToken(key, junk)).toBeNull();
    }
  });

  it("are URL-safe", () => {
    expect(signUnsubscribeToken(key, "clx9example0id")).toMatch(/^[A-Za-z0-9._-]+$/);
  });
});
