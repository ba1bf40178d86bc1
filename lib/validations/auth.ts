import { z } from "zod";
import { hasControlCharacters } from "@/lib/validations/control-characters";
import { emailSchema } from "@/lib/validations/email";

export const magicLinkRequestSchema = z.object({
  email: emailSchema,
  callbackUrl: z.string().max(2000).optional(),
});

export const profileSchema = z.object({
  name: z
    .string()
    .trim()
    .max(100, "Keep your name under 100 characters.")
    .refine((name) => !hasControlCharacters(name), "Your name can't contain control characters."),
});

export const DELETE_CONFIRMATION = "delete my account";

export const deleteAccountSchema = z.object({
  confirm: z
    .string()
    .trim()
    .toLowerCase()
    .refine((text) => text === DELETE_CONFIRMATION, `Type “${DELETE_CONFIRMATION}” to confirm.`),
});

/** What Auth.js puts in the session cookie (a UUID; our tests use hex). Anything else names no session, and
 *  is refused before it reaches SQL, where a NUL byte or 5,000 characters would be an error or a waste. */
export const sessionTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{16,128}$/);
