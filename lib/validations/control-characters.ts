/**
 * Whether text holds a control character (C0, DEL or C1): nothing a person types into a name or a search,
 * invisible when shown back, and PostgreSQL refuses a NUL outright. Fields that take pasted tabs and line
 * breaks collapse whitespace before asking (lib/validations/search.ts).
 */
export const hasControlCharacters = (text: string) => /\p{Cc}/u.test(text);
