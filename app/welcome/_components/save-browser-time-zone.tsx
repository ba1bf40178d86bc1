"use client";

import { useEffect } from "react";
import { useBrowserTimeZone } from "@/components/use-browser-time-zone";
import { setTimeZoneAction } from "@/lib/actions/digest/set-time-zone";

/** Saves this browser's time zone for a new account that has none, so its digest arrives on local time. */
export function SaveBrowserTimeZone() {
  const timeZone = useBrowserTimeZone();
  useEffect(() => {
    if (timeZone) void setTimeZoneAction({ timeZone });
  }, [timeZone]);
  return null;
}
