// TeX as readable Unicode text, for places that cannot show rendered math: feeds, email, <title>, OG tags,
// aria-labels. "$\mathcal{O}(n^2)$ on $\mathbb{R}^8$" reads "O(n²) on ℝ⁸". Unknown commands lose only their
// backslash, so nothing turns into backslash soup.
import { tokenize } from "@/lib/math/tokenize";

const SYMBOLS: Record<string, string> = {
  alpha: "α",
  beta: "β",
  gamma: "γ",
  delta: "δ",
  epsilon: "ϵ",
  varepsilon: "ε",
  zeta: "ζ",
  eta: "η",
  theta: "θ",
  vartheta: "ϑ",
  iota: "ι",
  kappa: "κ",
  lambda: "λ",
  mu: "μ",
  nu: "ν",
  xi: "ξ",
  pi: "π",
  varpi: "ϖ",
  rho: "ρ",
  varrho: "ϱ",
  sigma: "σ",
  varsigma: "ς",
  tau: "τ",
  upsilon: "υ",
  phi: "ϕ",
  varphi: "φ",
  chi: "χ",
  psi: "ψ",
  omega: "ω",
  Gamma: "Γ",
  Delta: "Δ",
  Theta: "Θ",
  Lambda: "Λ",
  Xi: "Ξ",
  Pi: "Π",
  Sigma: "Σ",
  Upsilon: "Υ",
  Phi: "Φ",
  Psi: "Ψ",
  Omega: "Ω",
  ell: "ℓ",
  hbar: "ℏ",
  cdot: "·",
  times: "×",
  div: "÷",
  pm: "±",
  mp: "∓",
  ast: "*",
  star: "⋆",
  circ: "∘",
  bullet: "•",
  leq: "≤",
  le: "≤",
  geq: "≥",
  ge: "≥",
  neq: "≠",
  ne: "≠",
  approx: "≈",
  simeq: "≃",
  sim: "~",
  equiv: "≡",
  propto: "∝",
  ll: "≪",
  gg: "≫",
  infty: "∞",
  partial: "∂",
  nabla: "∇",
  forall: "∀",
  exists: "∃",
  in: "∈",
  notin: "∉",
  ni: "∋",
  subset: "⊂",
  subseteq: "⊆",
  supset: "⊃",
  supseteq: "⊇",
  cup: "∪",
  cap: "∩",
  setminus: "∖",
  emptyset: "∅",
  varnothing: "∅",
  sum: "∑",
  prod: "∏",
  int: "∫",
  oint: "∮",
  to: "→",
  rightarrow: "→",
  leftarrow: "←",
  Rightarrow: "⇒",
  Leftarrow: "⇐",
  leftrightarrow: "↔",
  Leftrightarrow: "⇔",
  mapsto: "↦",
  implies: "⇒",
  iff: "⇔",
  uparrow: "↑",
  downarrow: "↓",
  ldots: "…",
  dots: "…",
  cdots: "⋯",
  vdots: "⋮",
  ddots: "⋱",
  prime: "′",
  langle: "⟨",
  rangle: "⟩",
  lvert: "|",
  rvert: "|",
  vert: "|",
  mid: "|",
  lVert: "‖",
  rVert: "‖",
  Vert: "‖",
  lfloor: "⌊",
  rfloor: "⌋",
  lceil: "⌈",
  rceil: "⌉",
  neg: "¬",
  land: "∧",
  wedge: "∧",
  lor: "∨",
  vee: "∨",
  oplus: "⊕",
  otimes: "⊗",
  top: "⊤",
  perp: "⊥",
  dagger: "†",
  angle: "∠",
  triangle: "△",
  square: "□",
  checkmark: "✓",
  deg: "°",
  quad: " ",
  qquad: " ",
  ",": " ",
  ";": " ",
  ":": " ",
  " ": " ",
  "!": "",
  "\\": " ",
  "{": "{",
  "}": "}",
  $: "$",
  "%": "%",
  "&": "&",
  "#": "#",
  _: "_",
  "|": "‖",
};

/** Commands that only style their argument: the argument is what a reader needs. */
const STYLE = new Set([
  "mathcal",
  "mathbf",
  "mathrm",
  "mathit",
  "mathsf",
  "mathtt",
  "mathfrak",
  "mathscr",
  "boldsymbol",
  "bm",
  "text",
  "textbf",
  "textit",
  "textrm",
  "textsf",
  "texttt",
  "emph",
  "operatorname",
  "mbox",
  "widetilde",
  "widehat",
  "overline",
  "underline",
  "textnormal",
  "mathnormal",
  "pmb",
]);

/** Commands that size or space things and say nothing themselves. */
const SILENT = new Set([
  "left",
  "right",
  "big",
  "Big",
  "bigg",
  "Bigg",
  "bigl",
  "bigr",
  "Bigl",
  "Bigr",
  "biggl",
  "biggr",
  "displaystyle",
  "textstyle",
  "scriptstyle",
  "limits",
  "nolimits",
  "middle",
]);

const ACCENTS: Record<string, string> = {
  hat: "\u0302",
  bar: "\u0304",
  tilde: "\u0303",
  vec: "\u20d7",
  dot: "\u0307",
  ddot: "\u0308",
};

const DOUBLE_STRUCK: Record<string, string> = {
  C: "ℂ",
  N: "ℕ",
  P: "ℙ",
  Q: "ℚ",
  R: "ℝ",
  Z: "ℤ",
  H: "ℍ",
  E: "𝔼",
  "1": "𝟙",
};

const SUPERSCRIPT = mapOf(
  "0123456789+-=()abcdefghijklmnoprstuvwxyzABDEGHIJKLMNOPRTUVW",
  "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁⱽᵂ",
);
const SUBSCRIPT = mapOf("0123456789+-=()aehijklmnoprstuvx", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ");

function mapOf(from: string, to: string) {
  const target = [...to];
  return new Map([...from].map((char, i) => [char, target[i]!]));
}

/** "²" for ^2, "ᵢ" for _i; "^(n+k)" where Unicode has no such script, "^∞" for one character. */
function script(marker: "^" | "_", body: string) {
  const chars = [...body.trim()];
  if (chars.length === 0) return "";
  if (marker === "^" && (body === "′" || body === "*")) return body;
  const map = marker === "^" ? SUPERSCRIPT : SUBSCRIPT;
  if (chars.every((char) => map.has(char))) return chars.map((char) => map.get(char)).join("");
  return chars.length === 1 ? marker + body : `${marker}(${body.trim()})`;
}

/** Parenthesised unless it is empty or a single word, number or root of one, so "a/(b+c)" keeps its meaning. */
function operand(text: string) {
  return text === "" || /^√?[\p{L}\p{N}.]+$/u.test(text) ? text : `(${text})`;
}

class Reader {
  private i = 0;
  constructor(private readonly tex: string) {}

  all(): string {
    let out = "";
    while (this.i < this.tex.length) out += this.next();
    return out;
  }

  /** One argument: a {group}, a command, or a character. */
  private argument(): string {
    while (this.tex[this.i] === " ") this.i++;
    const char = this.tex[this.i];
    if (char === undefined) return "";
    if (char === "{") return this.group();
    if (char === "\\") return this.command();
    this.i++;
    return char;
  }

  private group(): string {
    let depth = 0;
    const start = this.i + 1;
    for (; this.i < this.tex.length; this.i++) {
      const char = this.tex[this.i];
      if (char === "\\") this.i++;
      else if (char === "{") depth++;
      else if (char === "}" && --depth === 0) break;
    }
    const body = this.tex.slice(start, this.i);
    this.i++;
    return new Reader(body).all();
  }

  private command(): string {
    const match = /^\\([a-zA-Z]+|.?)/.exec(this.tex.slice(this.i))!;
    this.i += match[0].length;
    const name = match[1]!;
    if (name in SYMBOLS) return SYMBOLS[name]!;
    if (SILENT.has(name)) return "";
    if (STYLE.has(name)) return this.argument();
    if (name === "mathbb") return [...this.argument()].map((char) => DOUBLE_STRUCK[char] ?? char).join("");
    if (name in ACCENTS) {
      const base = this.argument();
      return [...base].length === 1 ? base + ACCENTS[name] : base;
    }
    if (name === "frac" || name === "dfrac" || name === "tfrac") {
      const numerator = this.argument();
      return `${operand(numerator)}/${operand(this.argument())}`;
    }
    if (name === "sqrt") {
      if (this.tex[this.i] === "[") this.i = Math.max(this.tex.indexOf("]", this.i) + 1, this.i + 1);
      return `√${operand(this.argument())}`;
    }
    return name;
  }

  private next(): string {
    const char = this.tex[this.i]!;
    if (char === "\\") return this.command();
    if (char === "{") return this.group();
    this.i++;
    if (char === "^" || char === "_") return script(char, this.argument());
    if (char === "}" || char === "&") return char === "&" ? " " : "";
    if (char === "~") return " ";
    return char;
  }
}

/** A formula's TeX (no delimiters) as readable text. */
export function texToUnicode(tex: string) {
  return new Reader(tex).all().replace(/\s+/g, " ").trim();
}

/** Text with `$…$`, `$$…$$`, `\(…\)` and `\[…\]` formulas turned into readable Unicode; prose unchanged. */
export function texToPlainText(text: string) {
  return tokenize(text)
    .map((segment) => (segment.kind === "text" ? segment.text : texToUnicode(segment.tex)))
    .join("");
}
