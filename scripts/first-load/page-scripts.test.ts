import { describe, expect, it } from "vitest";
import { pageScripts } from "./page-scripts";

const page = "http://localhost:3000/?view=new";

describe("pageScripts", () => {
  it("lists script tags, then chunks only the RSC payload names, each once, and marks noModule ones", () => {
    const html = [
      '<script src="/_next/static/chunks/a1.js" async=""></script>',
      '<script src="/_next/static/chunks/legacy.js" noModule=""></script>',
      '<link rel="preload" as="script" href="/_next/static/chunks/a1.js"/>',
      '<script>self.__next_f.push([1,"2:I[96923,[\\"/_next/static/chunks/b2.js\\",\\"/_next/static/chunks/a1.js\\"],\\"default\\"]"])</script>',
    ].join("");
    expect(pageScripts(html, page)).toEqual([
      { url: "http://localhost:3000/_next/static/chunks/a1.js", noModule: false },
      { url: "http://localhost:3000/_next/static/chunks/legacy.js", noModule: true },
      { url: "http://localhost:3000/_next/static/chunks/b2.js", noModule: false },
    ]);
  });

  it("ignores inline scripts and stylesheets", () => {
    const html = '<script>1</script><link rel="stylesheet" href="/_next/static/chunks/x.css"/>';
    expect(pageScripts(html, page)).toEqual([]);
  });
});
