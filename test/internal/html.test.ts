/** The one HTML escape and document shell of the HTML-writing modules. */
import { describe, expect, it } from "vitest";
import { escapeHtml, escapeScriptText, htmlDocument } from "../../src/_internal/html.js";

describe("escapeHtml", () => {
  it("turns the five characters that can open markup or end an attribute into entities (HTML spec, named and numeric references)", () => {
    expect(escapeHtml(`<img src=x onerror=alert(1)>`)).toBe("&lt;img src=x onerror=alert(1)&gt;");
    expect(escapeHtml(`a & b "c" 'd'`)).toBe("a &amp; b &quot;c&quot; &#39;d&#39;");
    expect(escapeHtml("&lt;")).toBe("&amp;lt;");
  });

  it("leaves Vietnamese text as it is", () => {
    expect(escapeHtml("Nguyễn Thị Hằng")).toBe("Nguyễn Thị Hằng");
  });
});

describe("escapeScriptText", () => {
  it("keeps </script> and <!-- from ending a script element", () => {
    expect(escapeScriptText('"</script><!--"')).toBe('"\\u003c/script>\\u003c!--"');
    expect(JSON.parse(escapeScriptText(JSON.stringify("</script>")))).toBe("</script>");
  });
});

describe("htmlDocument", () => {
  it("is a complete UTF-8 document whose policy allows no network resource and no script", () => {
    const html = htmlDocument({ lang: "vi", title: "<Phiếu>", css: "p{color:red}", body: "<p>x</p>" });
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="vi">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain("<title>&lt;Phiếu&gt;</title>");
    expect(html).toContain("default-src 'none'");
    expect(html).toContain("script-src 'none'");
    expect(html).not.toContain("<script>");
    expect(html.trimEnd().endsWith("</html>")).toBe(true);
  });

  it("allows inline script only when one is given", () => {
    const html = htmlDocument({ lang: "en", title: "t", css: "", body: "", script: "1" });
    expect(html).toContain("script-src 'unsafe-inline'");
    expect(html).toContain("<script>\n1\n</script>");
  });

  it("refuses a style sheet that could close its element", () => {
    expect(() => htmlDocument({ lang: "en", title: "t", css: "</style>", body: "" })).toThrow();
  });
});
