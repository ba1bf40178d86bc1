// Public paper ids: 12 characters of lower-case Crockford base32 (60 bits), short enough for URLs,
// with no look-alike letters. Papers from a source with no id of its own (the bundled sample) get an
// id derived from a stable key, so seeding twice finds the same row.
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";

const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
export const PAPER_ID_LENGTH = 12;

export const paperIdSchema = z.string().regex(new RegExp(`^[${ALPHABET}]{${PAPER_ID_LENGTH}}$`), "Not a paper id");

function encode(bytes: Uint8Array) {
  let out = "";
  for (let i = 0; i < PAPER_ID_LENGTH; i++) {
    // 5 bits per character, read across byte boundaries.
    const bit = i * 5;
    const byte = bit >> 3;
    const pair = ((bytes[byte] ?? 0) << 8) | (bytes[byte + 1] ?? 0);
    out += ALPHABET[(pair >> (11 - (bit & 7))) & 31];
  }
  return out;
}

export function newPaperId() {
  return encode(randomBytes(8));
}

export function paperIdFromKey(key: string) {
  return encode(createHash("sha256").update(key).digest());
}
