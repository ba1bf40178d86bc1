import { describe, expect, it } from "vitest";
import { isLoopbackHost, smtpServerOptions } from "@/lib/smtp-server";

describe("SMTP_URL", () => {
  it("requires STARTTLS for smtp:// to another machine, whatever the URL's query says", () => {
    for (const url of [
      "smtp://user:pass@smtp.example.com:587",
      "smtp://10.0.0.8:25",
      "smtp://smtp.example.com:587?ignoreTLS=true&requireTLS=false",
      "smtp://[2001:db8::1]:25",
      "smtp://127.0.0.1.evil.example:25",
    ]) {
      expect(smtpServerOptions(url), url).toMatchObject({ secure: false, requireTLS: true, ignoreTLS: false });
    }
  });

  it("leaves smtps:// (TLS from the first byte) as it is", () => {
    expect(smtpServerOptions("smtps://user:pass@smtp.example.com")).toEqual({
      secure: true,
      host: "smtp.example.com",
      auth: { user: "user", pass: "pass" },
    });
  });

  it("lets a server on this machine be spoken to in the clear", () => {
    for (const url of ["smtp://localhost:2525", "smtp://127.0.0.1:2525", "smtp://127.8.9.10:25", "smtp://[::1]:25"]) {
      expect(smtpServerOptions(url).requireTLS, url).toBeUndefined();
    }
  });

  it("knows loopback addresses from look-alikes", () => {
    expect(isLoopbackHost("LOCALHOST")).toBe(true);
    expect(isLoopbackHost("0:0:0:0:0:0:0:1")).toBe(true);
    expect(isLoopbackHost("localhost.example.com")).toBe(false);
    expect(isLoopbackHost("128.0.0.1")).toBe(false);
    expect(isLoopbackHost("::2")).toBe(false);
    expect(isLoopbackHost("::ffff:10.0.0.1")).toBe(false);
  });
});
