/**
 * Local check of the XML add-in manifest (the online validator cannot run here or in CI):
 * well-formed XML, the elements the schema requires in the schema's order, resource ids that
 * resolve to the right kind and length, https URLs that all share one base, and icon files
 * that exist with the pixel size the manifest claims.
 *
 *   node build/validate/manifestCheck.js manifest.xml [dist/manifest.xml …]   (npm run validate)
 */
import { DOMParser, type Element as XmlElement } from "@xmldom/xmldom";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

const NS_APP = "http://schemas.microsoft.com/office/appforoffice/1.1";
const NS_XSI = "http://www.w3.org/2001/XMLSchema-instance";
const NS_BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const NS_OV = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";

/** OfficeApp children of a TaskPaneApp in schema order; `true` = required. */
const OFFICE_APP_ORDER: [string, boolean][] = [
  ["Id", true],
  ["AlternateId", false],
  ["Version", true],
  ["ProviderName", true],
  ["DefaultLocale", true],
  ["DisplayName", true],
  ["Description", true],
  ["IconUrl", false],
  ["HighResolutionIconUrl", false],
  ["SupportUrl", false],
  ["AppDomains", false],
  ["Hosts", false],
  ["Requirements", false],
  ["DefaultSettings", true],
  ["Permissions", true],
  ["Dictionary", false],
  ["VersionOverrides", false],
];
const DESKTOP_ORDER: [string, boolean][] = [
  ["GetStarted", false],
  ["FunctionFile", true],
  ["ExtensionPoint", true],
];
const RESOURCES_ORDER: [string, boolean][] = [
  ["Images", false],
  ["Urls", false],
  ["ShortStrings", false],
  ["LongStrings", false],
];
const PERMISSIONS = ["Restricted", "ReadDocument", "ReadAllDocument", "WriteDocument", "ReadWriteDocument"];

type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";
/** Which resource kind each referencing element needs. */
const RESID_KIND: Record<string, ResourceKind> = {
  "GetStarted/Title": "ShortStrings",
  "GetStarted/Description": "LongStrings",
  "GetStarted/LearnMoreUrl": "Urls",
  FunctionFile: "Urls",
  SourceLocation: "Urls",
  Label: "ShortStrings",
  "Supertip/Title": "ShortStrings",
  "Supertip/Description": "LongStrings",
  Image: "Images",
};
const MAX_LENGTH: Partial<Record<ResourceKind, number>> = { ShortStrings: 125, LongStrings: 250, Urls: 2048, Images: 2048 };

export interface ManifestCheckOptions {
  /** Folder the manifest's base URL maps to (icons are looked up under it). */
  siteDir: string;
  /** Every add-in URL must start with this (e.g. the production ADDIN_URL); default: taken from SourceLocation. */
  baseUrl?: string;
}

export interface ManifestCheckResult {
  problems: string[];
  baseUrl?: string;
  /** Icon file → pixel size it must have. */
  icons: Map<string, number>;
}

const children = (el: XmlElement): XmlElement[] =>
  Array.from(el.childNodes).filter((n): n is XmlElement => n.nodeType === 1) as XmlElement[];
const child = (el: XmlElement | undefined, name: string): XmlElement | undefined => (el ? children(el).find((c) => c.localName === name) : undefined);
const descendants = (el: XmlElement, name: string): XmlElement[] => Array.from(el.getElementsByTagNameNS("*", name)) as XmlElement[];
const xsiType = (el: XmlElement): string | null => el.getAttributeNS(NS_XSI, "type");

function checkOrder(parent: XmlElement, order: [string, boolean][], where: string, problems: string[]): void {
  const names = children(parent).map((c) => c.localName ?? "");
  let last = -1;
  for (const name of names) {
    const i = order.findIndex(([n]) => n === name);
    if (i < 0) problems.push(`${where}: unexpected element <${name}>`);
    else if (i < last) problems.push(`${where}: <${name}> must come before <${order[last][0]}> (schema order)`);
    else last = i;
  }
  for (const [name, required] of order) if (required && !names.includes(name)) problems.push(`${where}: missing required <${name}>`);
}

/** Width and height from a PNG's IHDR, or undefined when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || sig.some((b, i) => bytes[i] !== b)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== "IHDR") return undefined;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

export function checkManifest(xml: string, options: ManifestCheckOptions): ManifestCheckResult {
  const problems: string[] = [];
  const icons = new Map<string, number>();
  const parseErrors: string[] = [];
  let root: XmlElement | null = null;
  try {
    const doc = new DOMParser({
      onError: (level, message) => {
        if (level !== "warning") parseErrors.push(message);
      },
    }).parseFromString(xml, "text/xml");
    root = doc.documentElement as XmlElement | null;
  } catch (e) {
    // xmldom throws on fatal errors (after reporting some through onError).
    parseErrors.push(e instanceof Error ? e.message : String(e));
  }
  if (parseErrors.length > 0 || !root) return { problems: parseErrors.map((m) => `not well-formed XML: ${m}`), icons };

  if (root.localName !== "OfficeApp" || root.namespaceURI !== NS_APP) problems.push(`root must be <OfficeApp xmlns="${NS_APP}">`);
  if (xsiType(root) !== "TaskPaneApp") problems.push(`OfficeApp xsi:type must be "TaskPaneApp"`);
  checkOrder(root, OFFICE_APP_ORDER, "OfficeApp", problems);

  const text = (name: string) => child(root, name)?.textContent?.trim() ?? "";
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text("Id"))) problems.push("Id must be a GUID");
  if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(text("Version"))) problems.push("Version must look like 1.0.0.0");
  if (!PERMISSIONS.includes(text("Permissions"))) problems.push(`Permissions must be one of ${PERMISSIONS.join(", ")}`);
  const hosts = descendants(child(root, "Hosts") ?? root, "Host").filter((h) => h.getAttribute("Name"));
  if (!hosts.some((h) => h.getAttribute("Name") === "Workbook")) problems.push(`Hosts must list <Host Name="Workbook"/>`);

  // Thai for the user: either the default locale is Thai or a th-TH override exists.
  const displayName = child(root, "DisplayName");
  const thaiDefault = text("DefaultLocale").toLowerCase() === "th-th";
  const thaiOverride = displayName ? children(displayName).some((o) => o.getAttribute("Locale")?.toLowerCase() === "th-th") : false;
  if (!thaiDefault && !thaiOverride) problems.push(`DisplayName needs Thai: DefaultLocale th-TH or <Override Locale="th-TH">`);
  const thaiName = thaiDefault ? displayName?.getAttribute("DefaultValue") : children(displayName as XmlElement).find((o) => o.getAttribute("Locale")?.toLowerCase() === "th-th")?.getAttribute("Value");
  if (!/[\u0e00-\u0e7f]/.test(thaiName ?? "")) problems.push("the Thai DisplayName has no Thai text");
  const lengthOf = (name: string, max: number) => {
    const el = child(root, name);
    for (const v of [el?.getAttribute("DefaultValue") ?? "", ...children(el ?? root).filter((o) => o.localName === "Override").map((o) => o.getAttribute("Value") ?? "")]) {
      if (v.length > max) problems.push(`${name} is ${v.length} characters; at most ${max}`);
    }
  };
  lengthOf("DisplayName", 125);
  lengthOf("Description", 250);

  // URLs of the v1.1 part.
  const urls: { where: string; url: string; iconSize?: number }[] = [];
  const addUrl = (where: string, el: XmlElement | undefined, iconSize?: number) => {
    const url = el?.getAttribute("DefaultValue");
    if (url) urls.push({ where, url, ...(iconSize ? { iconSize } : {}) });
  };
  addUrl("IconUrl", child(root, "IconUrl"), 32);
  addUrl("HighResolutionIconUrl", child(root, "HighResolutionIconUrl"), 64);
  addUrl("SupportUrl", child(root, "SupportUrl"));
  const source = child(child(root, "DefaultSettings"), "SourceLocation");
  if (!source?.getAttribute("DefaultValue")) problems.push("DefaultSettings needs <SourceLocation DefaultValue=…>");
  addUrl("DefaultSettings/SourceLocation", source);

  // VersionOverrides: structure, resources, references.
  const vo = child(root, "VersionOverrides");
  let paneUrl: string | undefined;
  if (vo) {
    if (vo.namespaceURI !== NS_OV) problems.push(`VersionOverrides must be in namespace ${NS_OV}`);
    if (xsiType(vo) !== "VersionOverridesV1_0") problems.push(`VersionOverrides xsi:type must be "VersionOverridesV1_0"`);
    const resources = child(vo, "Resources");
    if (!resources) problems.push("VersionOverrides: missing <Resources>");
    else checkOrder(resources, RESOURCES_ORDER, "Resources", problems);
    const res = new Map<string, { kind: ResourceKind; value: string }>();
    for (const kind of ["Images", "Urls", "ShortStrings", "LongStrings"] as ResourceKind[]) {
      const group = child(resources, kind);
      if (group && group.namespaceURI !== NS_BT) problems.push(`Resources/${kind} must be in the bt namespace`);
      for (const item of group ? children(group) : []) {
        const id = item.getAttribute("id") ?? "";
        const value = item.getAttribute("DefaultValue") ?? "";
        if (res.has(id)) problems.push(`resource id "${id}" is defined twice`);
        res.set(id, { kind, value });
        const max = MAX_LENGTH[kind] ?? Infinity;
        for (const v of [value, ...children(item).map((o) => o.getAttribute("Value") ?? "")]) {
          if (v.length > max) problems.push(`${kind} "${id}" is ${v.length} characters; at most ${max}`);
        }
      }
    }
    const workbook = descendants(vo, "Host").find((h) => xsiType(h) === "Workbook");
    if (!workbook) problems.push(`VersionOverrides: no <Host xsi:type="Workbook">`);
    const desktop = child(workbook, "DesktopFormFactor");
    if (workbook && !desktop) problems.push("VersionOverrides: Workbook host needs <DesktopFormFactor>");
    if (desktop) checkOrder(desktop, DESKTOP_ORDER, "DesktopFormFactor", problems);
    const used = new Set<string>();
    for (const el of descendants(vo, "*")) {
      const resid = el.getAttribute("resid");
      if (!resid) continue;
      const parent = el.parentNode as XmlElement | null;
      const key = RESID_KIND[`${parent?.localName}/${el.localName}`] ? `${parent?.localName}/${el.localName}` : el.localName ?? "";
      const want = RESID_KIND[key];
      const found = res.get(resid);
      if (!found) problems.push(`<${el.localName} resid="${resid}">: no resource with that id`);
      else if (want && found.kind !== want) problems.push(`<${el.localName} resid="${resid}"> needs a ${want} resource, not ${found.kind}`);
      else used.add(resid);
      if (found && el.localName === "Image") {
        const size = Number(el.getAttribute("size"));
        urls.push({ where: `bt:Image ${resid}`, url: found.value, iconSize: size });
      }
      if (found && el.localName === "SourceLocation" && parent?.localName === "Action") paneUrl = found.value;
    }
    for (const [id, r] of res) {
      if (!used.has(id)) problems.push(`resource "${id}" is never used`);
      if (r.kind === "Urls" || r.kind === "Images") urls.push({ where: `resource ${id}`, url: r.value });
    }
    const tabs = descendants(vo, "OfficeTab");
    if (!tabs.some((t) => t.getAttribute("id") === "TabHome")) problems.push("the button must be on the Home tab (OfficeTab id=TabHome)");
    if (!descendants(vo, "Action").some((a) => xsiType(a) === "ShowTaskpane")) problems.push("no ShowTaskpane button");
  }

  // All URLs https and under one base; the button opens the same page as DefaultSettings.
  const sourceUrl = source?.getAttribute("DefaultValue") ?? "";
  const baseUrl = options.baseUrl ?? (sourceUrl ? sourceUrl.replace(/[^/]*$/, "") : undefined);
  for (const u of urls) {
    if (!/^https:\/\/[^/]+/.test(u.url)) problems.push(`${u.where}: ${u.url} is not an https URL`);
    else if (baseUrl && !u.url.startsWith(baseUrl)) problems.push(`${u.where}: ${u.url} is not under ${baseUrl}`);
  }
  if (paneUrl && sourceUrl && paneUrl !== sourceUrl) problems.push(`the button opens ${paneUrl} but DefaultSettings opens ${sourceUrl}`);

  // Icons: the file behind each image URL exists and has the claimed size.
  for (const u of urls) {
    if (!u.iconSize || !baseUrl || !u.url.startsWith(baseUrl)) continue;
    const file = join(options.siteDir, decodeURIComponent(u.url.slice(baseUrl.length)));
    const had = icons.get(file);
    if (had !== undefined && had !== u.iconSize) problems.push(`${u.url} is used as ${had}px and ${u.iconSize}px`);
    icons.set(file, u.iconSize);
  }
  for (const [file, size] of icons) {
    if (!existsSync(file)) {
      problems.push(`icon file missing: ${file}`);
      continue;
    }
    const dims = pngSize(readFileSync(file));
    if (!dims) problems.push(`${file} is not a PNG`);
    else if (dims.width !== size || dims.height !== size) problems.push(`${file} is ${dims.width}×${dims.height}; the manifest needs ${size}×${size}`);
  }
  return { problems, ...(baseUrl ? { baseUrl } : {}), icons };
}

if (require.main === module) {
  const files = process.argv.slice(2);
  if (files.length === 0) files.push("manifest.xml");
  let failed = false;
  for (const file of files) {
    // The source manifest's icons live in assets/ next to it; a built one's in dist/assets.
    const { problems } = checkManifest(readFileSync(file, "utf8"), { siteDir: dirname(file) });
    if (problems.length === 0) process.stdout.write(`${file}: ok\n`);
    else {
      failed = true;
      for (const p of problems) process.stderr.write(`${file}: ${p}\n`);
    }
  }
  process.exit(failed ? 1 : 0);
}
