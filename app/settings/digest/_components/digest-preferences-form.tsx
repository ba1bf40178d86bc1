"use client";

import { useActionState, useRef } from "react";
import { useBrowserTimeZone } from "@/components/use-browser-time-zone";
import { updateDigestPreferencesAction } from "@/lib/actions/digest/update-digest-preferences";
import type { ActionResult } from "@/lib/actions/safe-action";
import { DIGEST_SIZE, type DigestPreferences, WEEKDAYS } from "@/lib/validations/digest";

type Prefs = Omit<DigestPreferences, "timeZone"> & { timeZone: string | null };
/** The fields as last submitted: React resets a form after its action, and they must survive that. */
type Values = Record<keyof DigestPreferences, string>;
type State = { result: ActionResult<DigestPreferences>; values: Values } | null;

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);
const hourLabel = (hour: number) => `${String(hour).padStart(2, "0")}:00`;
const zoneLabel = (zone: string) => zone.replaceAll("_", " ");
const fieldClass =
  "mt-1 block w-full rounded-md border border-zinc-300 px-3 py-2 dark:border-zinc-700 dark:bg-zinc-900";

/**
 * Settings → Digest: on/off, daily or weekly (and the day), the local hour, the time zone and the number
 * of papers. Plain form fields, so whatever was chosen before the page finished loading is what is sent.
 */
export function DigestPreferencesForm({ prefs, timeZones }: { prefs: Prefs; timeZones: string[] }) {
  const [state, submit, pending] = useActionState<State, FormData>(async (_previous, formData) => {
    const values = Object.fromEntries(
      (["enabled", "frequency", "weekday", "hour", "timeZone", "size"] as const).map((key) => [
        key,
        String(formData.get(key) ?? ""),
      ]),
    ) as Values;
    return { result: await updateDigestPreferencesAction(formData), values };
  }, null);
  const zoneSelect = useRef<HTMLSelectElement>(null);
  const browserZone = useBrowserTimeZone();
  const knownBrowserZone = browserZone && timeZones.includes(browserZone) ? browserZone : null;

  const values = state?.values;
  // A zone never saved starts as this browser's (known once hydrated; the key swaps the field in).
  const defaultZone = values?.timeZone ?? prefs.timeZone ?? knownBrowserZone ?? "UTC";
  const result = state?.result;
  const errors = result && !result.ok ? (result.fieldErrors ?? {}) : {};
  const errorFor = (name: keyof DigestPreferences) => errors[name]?.[0];
  const describedBy = (name: keyof DigestPreferences, hint?: string) =>
    errorFor(name) ? `digest-${name}-error` : hint;
  const fieldError = (name: keyof DigestPreferences) =>
    errorFor(name) ? (
      <p id={`digest-${name}-error`} className="mt-1 text-sm text-red-700 dark:text-red-400">
        {errorFor(name)}
      </p>
    ) : null;

  return (
    <form
      // A new key after each submission re-applies the defaults (the values just submitted).
      key={state ? JSON.stringify(state.values) : "saved"}
      action={submit}
      noValidate
      className="mt-4 space-y-5"
      aria-label="Digest preferences"
    >
      <label className="flex items-center gap-3">
        <input
          type="checkbox"
          name="enabled"
          defaultChecked={values ? values.enabled === "on" : prefs.enabled}
          className="size-4 accent-brand-600"
        />
        <span className="font-medium">Email me the digest</span>
      </label>

      <fieldset>
        <legend className="text-sm font-medium">How often</legend>
        <div className="mt-1 flex gap-6">
          {(["daily", "weekly"] as const).map((value) => (
            <label key={value} className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                name="frequency"
                value={value}
                defaultChecked={(values?.frequency ?? prefs.frequency) === value}
                className="accent-brand-600"
              />
              {value === "daily" ? "Daily" : "Weekly"}
            </label>
          ))}
        </div>
        {fieldError("frequency")}
      </fieldset>

      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="digest-weekday" className="block text-sm font-medium">
            Day, for weekly
          </label>
          <select
            id="digest-weekday"
            name="weekday"
            defaultValue={values?.weekday ?? String(prefs.weekday)}
            aria-describedby={describedBy("weekday")}
            className={fieldClass}
          >
            {WEEKDAYS.map((day, i) => (
              <option key={day} value={i + 1}>
                {day}
              </option>
            ))}
          </select>
          {fieldError("weekday")}
        </div>
        <div>
          <label htmlFor="digest-hour" className="block text-sm font-medium">
            Send hour
          </label>
          <select
            id="digest-hour"
            name="hour"
            defaultValue={values?.hour ?? String(prefs.hour)}
            aria-describedby={describedBy("hour")}
            className={fieldClass}
          >
            {HOURS.map((hour) => (
              <option key={hour} value={hour}>
                {hourLabel(hour)}
              </option>
            ))}
          </select>
          {fieldError("hour")}
        </div>
      </div>

      <div>
        <label htmlFor="digest-time-zone" className="block text-sm font-medium">
          Time zone
        </label>
        <select
          key={defaultZone}
          ref={zoneSelect}
          id="digest-time-zone"
          name="timeZone"
          defaultValue={defaultZone}
          aria-describedby={describedBy("timeZone", "digest-time-zone-hint")}
          className={fieldClass}
        >
          {timeZones.map((zone) => (
            <option key={zone} value={zone}>
              {zoneLabel(zone)}
            </option>
          ))}
        </select>
        {fieldError("timeZone")}
        <p id="digest-time-zone-hint" className="mt-1 text-xs text-zinc-500">
          The digest goes out once the send hour has come in this time zone.
          {knownBrowserZone && knownBrowserZone !== (values?.timeZone ?? prefs.timeZone) ? (
            <>
              {" "}
              <button
                type="button"
                onClick={() => {
                  if (zoneSelect.current) zoneSelect.current.value = knownBrowserZone;
                }}
                className="text-brand-600 underline"
              >
                Use this device&apos;s ({zoneLabel(knownBrowserZone)})
              </button>
            </>
          ) : null}
        </p>
      </div>

      <div>
        <label htmlFor="digest-size" className="block text-sm font-medium">
          Papers per digest ({DIGEST_SIZE.min}–{DIGEST_SIZE.max})
        </label>
        <input
          id="digest-size"
          name="size"
          type="number"
          inputMode="numeric"
          min={DIGEST_SIZE.min}
          max={DIGEST_SIZE.max}
          defaultValue={values?.size ?? String(prefs.size)}
          aria-describedby={describedBy("size")}
          aria-invalid={errorFor("size") ? true : undefined}
          className={`${fieldClass} max-w-32`}
        />
        {fieldError("size")}
      </div>

      <div className="flex items-center gap-3">
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {pending ? "Saving…" : "Save"}
        </button>
        {result?.ok ? (
          <p role="status" className="text-sm text-green-700 dark:text-green-400">
            Saved.
          </p>
        ) : null}
        {result && !result.ok ? (
          <p role="alert" className="text-sm text-red-700 dark:text-red-400">
            {result.error}
          </p>
        ) : null}
      </div>
    </form>
  );
}
