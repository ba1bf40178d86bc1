"use client";

import { useEffect } from "react";
import { useBrowserTimeZone } from "@/components/use-browser-time-zone";
import { setTimeZoneAction } from "@/lib/actions/digest/set-time-zone";

/**
 * Saves this browser's time zone for an account that has none yet (a new account, or one from before the
 * digest), so its digest arrives on local time. Rendered by the header until the account has a zone.
 */
export function SaveBrowserTimeZone() {
  const timeZone = useBrowserTimeZone();
  useEffect(() => {
    // Best effort: if it fails, the next page tries again.
    if (timeZone) setTimeZoneAction({ timeZone }).catch(() => {});
  }, [timeZone]);
  return null;
}
