"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The browser's IANA time zone ("Europe/Berlin"); null in the server's HTML and during hydration. */
export function useBrowserTimeZone(): string | null {
  return useSyncExternalStore(subscribe, browserZone, () => null);
}
