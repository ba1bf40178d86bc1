import { render } from "@react-email/render";
import { describe, expect, it } from "vitest";
import SignInEmail, { signInSubject } from "@/emails/sign-in";

const props = SignInEmail.PreviewProps;

describe("sign-in email", () => {
  it("links to the sign-in URL from a button and as copyable text", async () => {
    const html = await render(<SignInEmail {...props} />);
    // HTML escapes the `&` between query parameters, in href attributes and in text alike.
    const escapedUrl = props.url.replaceAll("&", "&amp;");
    expect(html.split(`href="${escapedUrl}"`)).toHaveLength(3);
    expect(html).toContain(`>${escapedUrl}</a>`);
    expect(html).toContain("Sign in to Paperboy");
    expect(html).toContain("This link expires in 10 minutes and can be used once.");
    expect(html).toContain("If you didn&#x27;t ask for this, you can ignore this email.");
  });

  it("reads sensibly as plain text", async () => {
    const text = await render(<SignInEmail {...props} />, { plainText: true });
    expect(text).toContain(props.url);
    expect(text).toContain("This link expires in 10 minutes and can be used once.");
    expect(text).toContain("If you didn't ask for this, you can ignore this email.");
    expect(text).not.toContain("<");
  });

  it("says 1 minute, not 1 minutes", async () => {
    const text = await render(<SignInEmail {...props} expiresInMinutes={1} />, { plainText: true });
    expect(text).toContain("This link expires in 1 minute and can be used once.");
  });

  it("names the host in the subject", () => {
    expect(signInSubject("paperboy.example")).toBe("Sign in to Paperboy (paperboy.example)");
  });
});
