/** How to phrase a search: PostgreSQL's websearch syntax, in words. */
export function SearchTips() {
  return (
    <ul className="mx-auto mt-2 max-w-md space-y-1 text-left">
      <li>Check the spelling, or try fewer or more general words.</li>
      <li>
        Every word must appear; use <kbd className="font-mono">or</kbd> to accept either, as in{" "}
        <kbd className="font-mono">pruning or quantization</kbd>.
      </li>
      <li>
        Put a phrase in quotes (<kbd className="font-mono">&quot;kv cache&quot;</kbd>) and exclude a word with a minus (
        <kbd className="font-mono">-vision</kbd>).
      </li>
      <li>Very common words such as “the” or “of” are ignored.</li>
    </ul>
  );
}
