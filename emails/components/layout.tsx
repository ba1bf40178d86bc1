import { Body, Container, Head, Hr, Html, Preview, Text } from "@react-email/components";
import type { CSSProperties, ReactNode } from "react";

type EmailLayoutProps = {
  /** The line inboxes show after the subject. */
  preview: string;
  /** Inline text saying why this person got the email. */
  footer: ReactNode;
  children: ReactNode;
};

/** The shell every Paperboy email shares: brand header, one readable column, a footer. */
export function EmailLayout({ preview, footer, children }: EmailLayoutProps) {
  return (
    <Html lang="en" dir="ltr">
      <Head>
        {/* Declaring both schemes stops Apple Mail from inverting colours itself; the styles below take over. */}
        <meta name="color-scheme" content="light dark" />
        <meta name="supported-color-schemes" content="light dark" />
        <style>{darkMode}</style>
      </Head>
      <Preview>{preview}</Preview>
      <Body className="pb-body" style={body}>
        <Container style={container}>
          <Text className="pb-text" style={brand}>
            Paperboy
          </Text>
          {children}
          <Hr className="pb-rule" style={rule} />
          <Text className="pb-muted" style={muted}>
            {footer}
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

// Clients without <style> support keep the light inline colours; `!important` lets these beat them elsewhere.
// Body copies its inline style onto a wrapper cell, hence the second selector.
const darkMode = `
@media (prefers-color-scheme: dark) {
  .pb-body, .pb-body > table > tbody > tr > td { background-color: #111113 !important; color: #ededef !important; }
  .pb-text { color: #ededef !important; }
  .pb-muted { color: #a0a0ab !important; }
  .pb-link { color: #8ab4ff !important; }
  .pb-rule { border-color: #2e2e33 !important; }
}
`;

export const colors = { text: "#1f2328", muted: "#656d76", link: "#1d4ed8", button: "#2563eb" } as const;

const body: CSSProperties = {
  backgroundColor: "#ffffff",
  color: colors.text,
  fontFamily: '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Helvetica, Arial, sans-serif',
  margin: 0,
};
const container: CSSProperties = { maxWidth: "560px", margin: "0 auto", padding: "32px 24px 48px" };
const brand: CSSProperties = { fontSize: "18px", fontWeight: 700, letterSpacing: "-0.3px", margin: "0 0 24px" };
const rule: CSSProperties = { borderColor: "#d0d7de", margin: "32px 0 16px" };
const muted: CSSProperties = { color: colors.muted, fontSize: "13px", lineHeight: "20px", margin: 0 };
