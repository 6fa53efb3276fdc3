/**
 * The kind of local government an agency is, read from its name, and the words that differ by
 * kind: its budget ordinance, the titles of its head, its ปลัด and the head of its สำนักปลัด.
 * Documents (the analysis texts here; the signature chain and approval memo later) take the
 * words from here so a อบต. never gets a เทศบัญญัติ or a นายกเทศมนตรี. Pure.
 */

export type AgencyKind =
  | "cityMunicipality" // เทศบาลนคร
  | "townMunicipality" // เทศบาลเมือง
  | "subdistrictMunicipality" // เทศบาลตำบล
  | "subdistrictAdministration" // องค์การบริหารส่วนตำบล (อบต.)
  | "provincialAdministration" // องค์การบริหารส่วนจังหวัด (อบจ.)
  | "unknown";

export interface AgencyTerms {
  kind: AgencyKind;
  /** The kind as written before the place name, e.g. "เทศบาลตำบล"; "" when unknown. */
  kindName: string;
  /** Head of the agency (ผู้บริหารท้องถิ่น), who approves and signs: "นายกเทศมนตรี"; and the deputy's title. */
  head: string;
  deputyHead: string;
  /** The permanent secretary (ปลัด), head of its officials: "ปลัดเทศบาล"; and the deputy's title. */
  permanentSecretary: string;
  deputyPermanentSecretary: string;
  /** The secretary's office (สำนักปลัด) as a unit name, and the title of its head. */
  secretaryOffice: string;
  secretaryOfficeHead: string;
  /** The local act (เทศบัญญัติ / ข้อบัญญัติ) and the annual budget ordinance it enacts. */
  ordinance: string;
  budgetOrdinance: string;
}

const MUNICIPALITY = {
  head: "นายกเทศมนตรี",
  deputyHead: "รองนายกเทศมนตรี",
  permanentSecretary: "ปลัดเทศบาล",
  deputyPermanentSecretary: "รองปลัดเทศบาล",
  secretaryOffice: "สำนักปลัดเทศบาล",
  secretaryOfficeHead: "หัวหน้าสำนักปลัดเทศบาล",
  ordinance: "เทศบัญญัติ",
  budgetOrdinance: "เทศบัญญัติงบประมาณรายจ่ายประจำปี",
} as const;

const TERMS: Record<AgencyKind, AgencyTerms> = {
  cityMunicipality: { kind: "cityMunicipality", kindName: "เทศบาลนคร", ...MUNICIPALITY },
  townMunicipality: { kind: "townMunicipality", kindName: "เทศบาลเมือง", ...MUNICIPALITY },
  subdistrictMunicipality: { kind: "subdistrictMunicipality", kindName: "เทศบาลตำบล", ...MUNICIPALITY },
  subdistrictAdministration: {
    kind: "subdistrictAdministration",
    kindName: "องค์การบริหารส่วนตำบล",
    head: "นายกองค์การบริหารส่วนตำบล",
    deputyHead: "รองนายกองค์การบริหารส่วนตำบล",
    permanentSecretary: "ปลัดองค์การบริหารส่วนตำบล",
    deputyPermanentSecretary: "รองปลัดองค์การบริหารส่วนตำบล",
    secretaryOffice: "สำนักปลัด",
    secretaryOfficeHead: "หัวหน้าสำนักปลัด",
    ordinance: "ข้อบัญญัติ",
    budgetOrdinance: "ข้อบัญญัติงบประมาณรายจ่ายประจำปี",
  },
  provincialAdministration: {
    kind: "provincialAdministration",
    kindName: "องค์การบริหารส่วนจังหวัด",
    head: "นายกองค์การบริหารส่วนจังหวัด",
    deputyHead: "รองนายกองค์การบริหารส่วนจังหวัด",
    permanentSecretary: "ปลัดองค์การบริหารส่วนจังหวัด",
    deputyPermanentSecretary: "รองปลัดองค์การบริหารส่วนจังหวัด",
    secretaryOffice: "สำนักปลัดองค์การบริหารส่วนจังหวัด",
    secretaryOfficeHead: "หัวหน้าสำนักปลัดองค์การบริหารส่วนจังหวัด",
    ordinance: "ข้อบัญญัติ",
    budgetOrdinance: "ข้อบัญญัติงบประมาณรายจ่ายประจำปี",
  },
  // No name, or one we cannot place (กรุงเทพมหานคร, เมืองพัทยา, an agency outside local government):
  // words that are right for every kind, for the user to narrow.
  unknown: {
    kind: "unknown",
    kindName: "",
    head: "ผู้บริหารท้องถิ่น",
    deputyHead: "รองผู้บริหารท้องถิ่น",
    permanentSecretary: "ปลัด",
    deputyPermanentSecretary: "รองปลัด",
    secretaryOffice: "สำนักปลัด",
    secretaryOfficeHead: "หัวหน้าสำนักปลัด",
    ordinance: "เทศบัญญัติหรือข้อบัญญัติ",
    budgetOrdinance: "เทศบัญญัติหรือข้อบัญญัติงบประมาณรายจ่ายประจำปี",
  },
};

/** Name patterns, most specific first; abbreviations as offices write them (ทน. ทม. ทต. อบต. อบจ.). */
const PATTERNS: readonly [RegExp, AgencyKind][] = [
  [/เทศบาลนคร|^ทน\.\s*/, "cityMunicipality"],
  [/เทศบาลเมือง|^ทม\.\s*/, "townMunicipality"],
  [/เทศบาลตำบล|^ทต\.\s*/, "subdistrictMunicipality"],
  [/องค์การบริหารส่วนตำบล|^อบต\.?\s*/, "subdistrictAdministration"],
  [/องค์การบริหารส่วนจังหวัด|^อบจ\.?\s*/, "provincialAdministration"],
];

/**
 * Sara am (ำ) is often two characters in text copied from a PDF: nikhahit + sara aa (ํ + า),
 * a tone mark sometimes between them. Written as one so "เทศบาลตําบล" matches "เทศบาลตำบล".
 */
export function composeSaraAm(text: string): string {
  return text.replace(/\u0E4D([\u0E48-\u0E4B]?)\u0E32/g, "$1\u0E33");
}

export function agencyKindOf(name: string | null | undefined): AgencyKind {
  const t = composeSaraAm(name ?? "").replace(/\s+/g, " ").trim();
  return PATTERNS.find(([re]) => re.test(t))?.[1] ?? "unknown";
}

export function agencyTerms(name: string | null | undefined): AgencyTerms {
  return TERMS[agencyKindOf(name)];
}

/**
 * A default text in the agency's words: the budget ordinance, written in the catalogue as either
 * kind's word (or both), becomes this agency's. Texts from the paste are left as written.
 */
export function inAgencyWords(text: string, terms: AgencyTerms): string {
  return text.replace(/(?:เทศบัญญัติหรือข้อบัญญัติ|ข้อบัญญัติหรือเทศบัญญัติ|เทศบัญญัติ|ข้อบัญญัติ)(?=งบประมาณ)/g, terms.ordinance);
}

/**
 * The positions of an approval chain of `count` steps when none are given, the head of the agency
 * last (the memo goes up to them): 1 → นายก; 2 → ปลัด → นายก; 3 → หัวหน้าสำนักปลัด → ปลัด → นายก
 * (seed 003); 4 adds รองปลัด before ปลัด; 5 adds รองนายก before นายก. Steps before those get "".
 */
export function chainPositions(terms: AgencyTerms, count: number): string[] {
  const ladder =
    count >= 5
      ? [terms.secretaryOfficeHead, terms.deputyPermanentSecretary, terms.permanentSecretary, terms.deputyHead, terms.head]
      : count === 4
        ? [terms.secretaryOfficeHead, terms.deputyPermanentSecretary, terms.permanentSecretary, terms.head]
        : [terms.secretaryOfficeHead, terms.permanentSecretary, terms.head].slice(3 - Math.max(0, count));
  return [...Array<string>(Math.max(0, count - ladder.length)).fill(""), ...ladder];
}
