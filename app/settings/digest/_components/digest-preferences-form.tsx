"use client";

import { useActionState, useRef } from "react";
import { Button } from "@/components/ui/button";
import { Field, FieldError, controlClass } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
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
        <FieldError>{errorFor("frequency")}</FieldError>
      </fieldset>

      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="digest-weekday" label="Day, for weekly" error={errorFor("weekday")}>
          {(control) => (
            <select
              {...control}
              name="weekday"
              defaultValue={values?.weekday ?? String(prefs.weekday)}
              className={controlClass}
            >
              {WEEKDAYS.map((day, i) => (
                <option key={day} value={i + 1}>
                  {day}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="digest-hour" label="Send hour" error={errorFor("hour")}>
          {(control) => (
            <select {...control} name="hour" defaultValue={values?.hour ?? String(prefs.hour)} className={controlClass}>
              {HOURS.map((hour) => (
                <option key={hour} value={hour}>
                  {hourLabel(hour)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>

      <Field
        id="digest-time-zone"
        label="Time zone"
        error={errorFor("timeZone")}
        hint={
          <>
            The digest goes out once the send hour has come in this time zone.
            {knownBrowserZone && knownBrowserZone !== (values?.timeZone ?? prefs.timeZone) ? (
              <>
                {" "}
                <Button
                  variant="link"
                  onClick={() => {
                    if (zoneSelect.current) zoneSelect.current.value = knownBrowserZone;
                  }}
                >
                  Use this device&apos;s ({zoneLabel(knownBrowserZone)})
                </Button>
              </>
            ) : null}
          </>
        }
      >
        {(control) => (
          <select
            {...control}
            key={defaultZone}
            ref={zoneSelect}
            name="timeZone"
            defaultValue={defaultZone}
            className={controlClass}
          >
            {timeZones.map((zone) => (
              <option key={zone} value={zone}>
                {zoneLabel(zone)}
              </option>
            ))}
          </select>
        )}
      </Field>

      <Field
        id="digest-size"
        label={
          <>
            Papers per digest ({DIGEST_SIZE.min}–{DIGEST_SIZE.max})
          </>
        }
        error={errorFor("size")}
      >
        {(control) => (
          <input
            {...control}
            name="size"
            type="number"
            inputMode="numeric"
            min={DIGEST_SIZE.min}
            max={DIGEST_SIZE.max}
            defaultValue={values?.size ?? String(prefs.size)}
            className={`${controlClass} max-w-32`}
          />
        )}
      </Field>

      <div className="flex items-center gap-3">
        <Button type="submit" pending={pending}>
          {pending ? "Saving…" : "Save"}
        </Button>
        {result?.ok ? (
          <p role="status" className="text-sm text-green-700 dark:text-green-400">
            Saved.
          </p>
        ) : null}
        <FormError>{result && !result.ok ? result.error : null}</FormError>
      </div>
    </form>
  );
}
