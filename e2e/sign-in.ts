// Signing in as a person does: the form on /signin, the emailed link, the confirmation page's button.
import type { Page } from "@playwright/test";
import { expect } from "./fixtures";
import { signInLink, waitForMessage } from "./mailbox";

/** Asks for a link from the sign-in page the browser is on; returns the link as the email has it. */
export async function requestLink(page: Page, email: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("status")).toContainText("Check your inbox");
  return signInLink(await waitForMessage(email));
}

/** Opens a link and presses Sign in. A new account first sees the topic picker; `Continue` leaves it. */
export async function confirm(page: Page, link: string) {
  await page.goto(link);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname !== "/auth/confirm");
  if (new URL(page.url()).pathname === "/welcome") await page.getByRole("link", { name: "Continue" }).click();
}
