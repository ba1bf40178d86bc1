/** An email shown as it arrives: its HTML in a sandboxed frame (no scripts; links open in the window), and
 *  its plain-text part. */
export function EmailFrame({ html, text, title }: { html: string; text: string; title: string }) {
  const framed = html.replace(/<head>/i, '<head><base target="_top">');
  return (
    <>
      <iframe
        title={title}
        srcDoc={framed}
        sandbox="allow-top-navigation-by-user-activation allow-popups allow-popups-to-escape-sandbox"
        className="h-[40rem] w-full rounded-lg border border-zinc-200 bg-white dark:border-zinc-800"
      />
      <details className="mt-4">
        <summary className="cursor-pointer text-sm font-medium">Plain-text version</summary>
        <pre className="mt-2 overflow-x-auto rounded-lg bg-zinc-100 p-4 text-sm whitespace-pre-wrap dark:bg-zinc-900">
          {text}
        </pre>
      </details>
    </>
  );
}
