// arXiv identifiers as they appear in feeds, links and files. New style (since April 2007) is YYMM.NNNN,
// with a fifth digit from 1501 on; old style is archive[.subject-class]/YYMMNNN. Ids are returned without
// their version so that every version of a paper maps to one record.

export type ArxivId = { id: string; version: number | null };

const URL_PREFIX = /^(?:https?:\/\/(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf)\/|arxiv:)/i;
const WITH_VERSION = /^(.+?)(?:v([1-9]\d{0,3}))?$/;
const NEW_STYLE = /^(\d{2})(\d{2})\.(\d{4,5})$/;
const OLD_STYLE = /^([a-z]+(?:-[a-z]+)?)(?:\.[A-Za-z]+(?:-[a-z]+)?)?\/(\d{2})(\d{2})(\d{3})$/;

function validMonth(mm: string) {
  const month = Number(mm);
  return month >= 1 && month <= 12;
}

function canonicalNewStyle(match: RegExpExecArray) {
  const [, yy = "", mm = "", number = ""] = match;
  const yymm = Number(yy + mm);
  if (!validMonth(mm) || yymm < 704) return null;
  // The scheme grew from 4 to 5 digits in January 2015; any other length is a typo or not an id.
  if (number.length !== (yymm >= 1501 ? 5 : 4)) return null;
  return `${yy}${mm}.${number}`;
}

function canonicalOldStyle(match: RegExpExecArray) {
  const [, archive = "", yy = "", mm = "", number = ""] = match;
  const year = Number(yy);
  if (!validMonth(mm) || (year > 7 && year < 91) || (year === 7 && Number(mm) > 3)) return null;
  // The number is unique within the archive, and arXiv itself answers with the archive alone
  // (math.GT/0309136 is math/0309136), so the subject class is dropped to keep one id per paper.
  return `${archive}/${yy}${mm}${number}`;
}

/** Parses an arXiv id, abs/pdf URL or `arXiv:` reference; null when it is not one. */
export function parseArxivId(input: string): ArxivId | null {
  const trimmed = input.trim();
  const fromUrl = URL_PREFIX.test(trimmed);
  let rest = trimmed.replace(URL_PREFIX, "");
  if (fromUrl) rest = rest.replace(/\.pdf$/, "");
  const versioned = WITH_VERSION.exec(rest);
  if (!versioned) return null;
  const [, bare = "", version] = versioned;
  const newStyle = NEW_STYLE.exec(bare);
  const oldStyle = newStyle ? null : OLD_STYLE.exec(bare);
  const id = newStyle ? canonicalNewStyle(newStyle) : oldStyle ? canonicalOldStyle(oldStyle) : null;
  return id ? { id, version: version ? Number(version) : null } : null;
}

/** True for a canonical id without version, the form stored on a paper. */
export function isArxivId(id: string) {
  const parsed = parseArxivId(id);
  return parsed !== null && parsed.id === id && parsed.version === null;
}

export function arxivAbsUrl(id: string, version: number | null = null) {
  return `https://arxiv.org/abs/${id}${version ? `v${version}` : ""}`;
}

export function arxivPdfUrl(id: string, version: number | null = null) {
  return `https://arxiv.org/pdf/${id}${version ? `v${version}` : ""}`;
}
