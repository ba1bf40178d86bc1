import { describe, expect, it } from "vitest";
import { emailSchema, normalizeEmail } from "@/lib/validations/email";

const ONE_ADDRESS = "Enter one email address, like name@example.com.";
const BAD_CHARACTERS = "That address has characters we can't accept.";

function rejects(input: string) {
  const result = normalizeEmail(input);
  expect(result.ok, JSON.stringify(input)).toBe(false);
  return result.ok ? "" : result.error;
}

describe("normalizeEmail", () => {
  it("lower-cases the domain but keeps the local part as typed", () => {
    expect(normalizeEmail("Alice.Smith+tag@Example.COM")).toEqual({ ok: true, email: "Alice.Smith+tag@example.com" });
  });

  it("accepts ordinary addresses, sub-domains, apostrophes and punycode domains", () => {
    for (const email of [
      "name@example.com",
      "o'brien@x.ie",
      "first.last@mail.cs.uni-example.ac.uk",
      "a@b.co",
      "user_name-1@xn--bcher-kva.example",
      "shop@example.xn--fiqs8s",
      "x!#$%&*/=?^`{|}~@example.org",
    ]) {
      expect(normalizeEmail(email), email).toEqual({ ok: true, email });
    }
  });

  it("ignores surrounding spaces from copy and paste", () => {
    expect(normalizeEmail("  name@example.com\t")).toEqual({ ok: true, email: "name@example.com" });
  });

  it("refuses line breaks anywhere, even where trimming would hide them", () => {
    for (const input of ["name@example.com\r\n", "\nname@example.com", "name@example.com\r\nBcc: x@evil.com"]) {
      expect(rejects(input)).toBe(BAD_CHARACTERS);
    }
  });

  it("refuses a quoted local part that hides a second address", () => {
    expect(rejects('"e@evil.com"@victim.com')).toBe(BAD_CHARACTERS);
    expect(rejects('"john"@victim.com')).toBe(BAD_CHARACTERS);
  });

  it("refuses look-alike @ signs and other non-ASCII characters", () => {
    for (const input of [
      "victim＠example.com",
      "victim﹫example.com",
      "e＠evil.com@victim.com",
      "victim@exаmple.com", // Cyrillic а
      "josé@example.com",
      "name@bücher.de",
      "name\u200b@example.com",
      "name\u0000@example.com",
    ]) {
      expect(rejects(input)).toBe(BAD_CHARACTERS);
    }
  });

  it("refuses lists of addresses", () => {
    for (const input of [
      "a@example.com,b@evil.com",
      "a@example.com;b@evil.com",
      "a@example.com b@evil.com",
      "a@example.com\tb@evil.com",
      "a@example.com\u00a0b@evil.com",
      "a@evil.com@example.com",
      "Alice <a@example.com>",
    ]) {
      expect(rejects(input)).toBe(ONE_ADDRESS);
    }
  });

  it("refuses addresses without a usable local part or domain", () => {
    for (const input of [
      "name",
      "name@",
      "@example.com",
      "name@example",
      "name@.example.com",
      "name@example..com",
      "name@example.com.",
      "name@-example.com",
      "name@example-.com",
      "name@exa_mple.com",
      "name@example.c",
      "name@example.c0m",
      "name@example.123",
      "name@[127.0.0.1]",
      ".name@example.com",
      "name.@example.com",
      "na..me@example.com",
      "na(me)@example.com",
      "na\\me@example.com",
      `name@${"a".repeat(64)}.com`,
    ]) {
      expect(rejects(input)).toBe(ONE_ADDRESS);
    }
    expect(rejects("")).toBe("Enter your email address.");
    expect(rejects("   ")).toBe("Enter your email address.");
  });

  it("allows exactly 254 characters and 64 before the @, and no more", () => {
    const domain = `${"d".repeat(63)}.${"e".repeat(63)}.${"f".repeat(57)}.com`; // 189 chars
    const at254 = `${"l".repeat(64)}@${domain}`;
    expect(at254).toHaveLength(254);
    expect(normalizeEmail(at254)).toEqual({ ok: true, email: at254 });
    expect(rejects(`${at254}x`)).toBe("That email address is too long.");
    expect(rejects(`${"l".repeat(65)}@example.com`)).toBe("That email address is too long.");
    expect(normalizeEmail(`${"l".repeat(64)}@example.com`).ok).toBe(true);
  });
});

describe("emailSchema", () => {
  it("parses to the normalised address", () => {
    expect(emailSchema.parse(" Bob@Example.com ")).toBe("Bob@example.com");
  });

  it("reports the same user-facing message as normalizeEmail", () => {
    const result = emailSchema.safeParse('"e@evil.com"@victim.com');
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([BAD_CHARACTERS]);
    expect(emailSchema.safeParse(undefined).error?.issues[0]?.message).toBe("Enter your email address.");
  });
});
