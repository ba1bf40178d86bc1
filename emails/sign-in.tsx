import { Button, Heading, Link, Section, Text } from "@react-email/components";
import type { CSSProperties } from "react";
import { EmailLayout, colors } from "@/emails/components/layout";

export type SignInEmailProps = { url: string; host: string; expiresInMinutes: number };

export function signInSubject(host: string) {
  // The host tells a dev or staging link apart from production in a crowded inbox.
  return `Sign in to Paperboy (${host})`;
}

/** The magic-link email. Auth.js builds `url`; it is shown as text too because some clients block buttons. */
export default function SignInEmail({ url, host, expiresInMinutes }: SignInEmailProps) {
  const minutes = expiresInMinutes === 1 ? "1 minute" : `${expiresInMinutes} minutes`;
  return (
    <EmailLayout
      preview={`Your sign-in link for Paperboy. It expires in ${minutes}.`}
      footer={`You got this email because someone asked to sign in to Paperboy at ${host} with this address.`}
    >
      <Heading as="h1" className="pb-text" style={heading}>
        Sign in to Paperboy
      </Heading>
      <Text className="pb-text" style={paragraph}>
        Click the button below to sign in. No password needed.
      </Text>
      <Section style={buttonRow}>
        <Button href={url} style={button}>
          Sign in to Paperboy
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
  expiresInMinutes: 10,
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
