import { Button, Heading, Link, Section, Text } from "@react-email/components";
import type { CSSProperties } from "react";
import { EmailLayout, colors } from "@/emails/components/layout";
import { MAGIC_LINK_MINUTES } from "@/lib/auth/magic-link";
import { formatMinutes } from "@/lib/format";

/** "digest": the link also subscribes the address to the digest (the subscribe box sent it). */
export type SignInPurpose = "sign-in" | "digest";
export type SignInEmailProps = { url: string; host: string; expiresInMinutes: number; purpose?: SignInPurpose };

export function signInSubject(host: string, purpose: SignInPurpose = "sign-in") {
  // The host tells a dev or staging link apart from production in a crowded inbox.
  return purpose === "digest" ? `Confirm your Paperboy digest (${host})` : `Sign in to Paperboy (${host})`;
}

const WORDING = {
  "sign-in": {
    preview: "Your sign-in link for Paperboy.",
    heading: "Sign in to Paperboy",
    lead: "Click the button below to sign in. No password needed.",
    button: "Sign in to Paperboy",
    why: "asked to sign in to Paperboy",
  },
  digest: {
    preview: "Confirm your subscription to the Paperboy digest.",
    heading: "Confirm your subscription",
    lead: "Click the button below to get trending papers in your inbox, daily at 08:00 your time (you can change that). It also signs you in; no password needed. Nothing is sent until you confirm.",
    button: "Confirm and subscribe",
    why: "asked to subscribe this address to the Paperboy digest",
  },
} as const;

/** The magic-link email. Auth.js builds `url`; it is shown as text too because some clients block buttons. */
export default function SignInEmail({ url, host, expiresInMinutes, purpose = "sign-in" }: SignInEmailProps) {
  const minutes = formatMinutes(expiresInMinutes);
  const words = WORDING[purpose];
  return (
    <EmailLayout
      preview={`${words.preview} The link expires in ${minutes}.`}
      footer={`You got this email because someone ${words.why} at ${host} with this address.`}
    >
      <Heading as="h1" className="pb-text" style={heading}>
        {words.heading}
      </Heading>
      <Text className="pb-text" style={paragraph}>
        {words.lead}
      </Text>
      <Section style={buttonRow}>
        <Button href={url} style={button}>
          {words.button}
        </Button>
      </Section>
      <Text className="pb-text" style={paragraph}>
        Or copy and paste this link into your browser:
      </Text>
      <Text style={linkText}>
        <Link href={url} className="pb-link" style={link}>
          {url}
        </Link>
      </Text>
      <Text className="pb-text" style={paragraph}>
        {`This link expires in ${minutes} and can be used once.`}
      </Text>
      <Text className="pb-text" style={paragraph}>
        If you didn&apos;t ask for this, you can ignore this email.
      </Text>
    </EmailLayout>
  );
}

SignInEmail.PreviewProps = {
  url: "http://localhost:3000/auth/confirm?token=4f1c9e2b7a6d3f80c5e1a9b2d4f6e8a0c3b5d7e9f1a2c4e6b8d0f2a4c6e8b0d2&email=alice%40example.com",
  host: "localhost:3000",
  expiresInMinutes: MAGIC_LINK_MINUTES,
} satisfies SignInEmailProps;

const heading: CSSProperties = { fontSize: "24px", lineHeight: "32px", fontWeight: 600, margin: "0 0 16px" };
const paragraph: CSSProperties = { fontSize: "15px", lineHeight: "24px", margin: "0 0 16px" };
const buttonRow: CSSProperties = { margin: "8px 0 24px" };
const button: CSSProperties = {
  backgroundColor: colors.button,
  borderRadius: "6px",
  color: "#ffffff",
  fontSize: "15px",
  fontWeight: 600,
  padding: "12px 20px",
  textDecoration: "none",
};
const linkText: CSSProperties = { ...paragraph, wordBreak: "break-all" };
const link: CSSProperties = { color: colors.link, textDecoration: "underline" };
