import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkManifest, pngSize } from "../../scripts/manifestCheck";
import { drawIcon, encodePng, ICON_SIZES } from "../../scripts/makeIcons";
import { ROOT } from "../helpers/fixtures";

const source = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const check = (xml: string) => checkManifest(xml, { siteDir: ROOT }).problems;

describe("manifest.xml (local check; the online validator cannot run here)", () => {
  test("the source manifest passes: schema order, resources, https URLs under one base, icons", () => {
    const result = checkManifest(source, { siteDir: ROOT });
    expect(result.problems).toEqual([]);
    expect(result.baseUrl).toBe("https://localhost:3000/");
    // Ribbon icons 16/32/80 and the pane icons 32/64 were all looked at.
    expect([...result.icons.values()].sort((a, b) => a - b)).toEqual([16, 32, 64, 80]);
  });

  test("Thai name and description, ExcelApi 1.1 as the lowest requirement, v1.1 SourceLocation kept", () => {
    expect(source).toContain("<DefaultLocale>th-TH</DefaultLocale>");
    expect(source).toMatch(/<DisplayName DefaultValue="รายงานผล ITA">/);
    expect(source).toMatch(/<Set Name="ExcelApi" MinVersion="1\.1"\/>/);
    expect(source).toMatch(/<DefaultSettings>\s*<SourceLocation DefaultValue="https:\/\/localhost:3000\/taskpane.html"\/>/);
  });

  test("every English text is offered to every English locale (Office matches the full locale, en-GB never falls back to en-US)", () => {
    const english = ["en-US", "en-GB", "en-AU", "en-CA", "en-IN", "en-IE", "en-NZ", "en-SG", "en-MY", "en-PH", "en-ZA"];
    const overrides = [...source.matchAll(/<(?:bt:)?Override Locale="([^"]+)" Value="([^"]*)"\/>/g)].map((m) => ({ locale: m[1], value: m[2] }));
    const usTexts = overrides.filter((o) => o.locale === "en-US").map((o) => o.value);
    expect(usTexts.length).toBeGreaterThanOrEqual(7);
    for (const locale of english) expect(overrides.filter((o) => o.locale === locale).map((o) => o.value)).toEqual(usTexts);
  });

  test("the committed icons are the drawn ones, at their sizes", () => {
    for (const size of ICON_SIZES) {
      const file = readFileSync(join(ROOT, "assets", `icon-${size}.png`));
      expect(pngSize(file)).toEqual({ width: size, height: size });
      expect(Buffer.compare(file, encodePng(size, drawIcon(size)))).toBe(0);
    }
  });

  test.each([
    ["elements out of schema order", (x: string) => x.replace("<Permissions>ReadWriteDocument</Permissions>", "").replace("<DefaultSettings>", "<Permissions>ReadWriteDocument</Permissions><DefaultSettings>"), /<DefaultSettings> must come before <Permissions>/],
    ["a required element missing", (x: string) => x.replace(/<ProviderName>.*<\/ProviderName>/, ""), /missing required <ProviderName>/],
    ["an http URL", (x: string) => x.replace('"https://localhost:3000/assets/icon-16.png"', '"http://localhost:3000/assets/icon-16.png"'), /icon-16.png is not an https URL/],
    ["a URL on another host", (x: string) => x.replace('<SupportUrl DefaultValue="https://localhost:3000/index.html"/>', '<SupportUrl DefaultValue="https://elsewhere.example/help"/>'), /SupportUrl: https:\/\/elsewhere.example\/help is not under https:\/\/localhost:3000\//],
    ["a missing resource id", (x: string) => x.replace('<Label resid="Group.Label"/>', '<Label resid="Nope"/>'), /<Label resid="Nope">: no resource with that id/],
    ["a resource of the wrong kind", (x: string) => x.replace('<Label resid="Group.Label"/>', '<Label resid="Taskpane.Url"/>'), /needs a ShortStrings resource, not Urls/],
    ["an icon of the wrong size", (x: string) => x.replace("assets/icon-16.png", "assets/icon-32.png"), /icon-32.png is used as 32px and 16px|is 32×32; the manifest needs 16×16/],
    ["a missing icon file", (x: string) => x.replace("assets/icon-80.png", "assets/icon-81.png"), /icon file missing: .*icon-81.png/],
    ["a short string over 125 characters", (x: string) => x.replace('DefaultValue="รายงาน ITA"', `DefaultValue="${"ก".repeat(126)}"`), /ShortStrings "Group.Label" is 126 characters; at most 125/],
    ["no Thai", (x: string) => x.replace("<DefaultLocale>th-TH</DefaultLocale>", "<DefaultLocale>en-US</DefaultLocale>"), /DisplayName needs Thai/],
    ["the button opening another page", (x: string) => x.replace('<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"/>', '<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/other.html"/>'), /the button opens https:\/\/localhost:3000\/other.html but DefaultSettings opens/],
    ["not well-formed", (x: string) => x.replace("</Hosts>", ""), /not well-formed XML/],
  ])("finds %s", (_name, mutate, expected) => {
    const problems = check(mutate(source));
    expect(problems.join("\n")).toMatch(expected);
  });
});
