/**
 * Every user-facing Thai string of the engine, in one place. Numbers passed in are already
 * formatted by the caller; places are given as "แถว 12" or a cell address.
 */

/** What the pages and the command line call the editable catalogue (its section and its file). */
const CATALOGUE_FILE = "รายการข้อคำถามและข้อความเริ่มต้น (แก้ไขได้)";

/** "2569" for one year, "2565–2567" for several. */
/** Dotted lines printed where the office writes a fact in (the blank of a Thai official form). */
const BLANK_SHORT = "……………";
const BLANK_LONG = "………………………………";

const yearRange = (from: number, to: number) => (from === to ? `${from}` : `${from}–${to}`);

export const th = {
  where(row: number | undefined, source?: string): string {
    const parts: string[] = [];
    if (source) parts.push(`ชีต "${source}"`);
    if (row !== undefined) parts.push(`แถว ${row}`);
    return parts.join(" ");
  },

  reader: {
    catalogueNotScores: (source?: string) =>
      `${source ? `ชีต "${source}" ` : ""}เป็นรายการข้อคำถาม ไม่ใช่ตารางคะแนน — ใช้ไฟล์นี้กับตัวเลือกรายการข้อคำถาม (--catalogue) และเปิดไฟล์คะแนนจากระบบ ITAS แทน`,
    nothingFound(source?: string): string {
      const inSheet = source ? ` ในชีต "${source}"` : "";
      return (
        `ไม่พบคะแนน ITA${inSheet}: โปรแกรมมองหาแถวที่มีรหัสข้อคำถาม (เช่น i1, e9, o25, ข้อ i๑, IIT 1) ` +
        `ตามด้วยคะแนน 0–100 หรือแถวตัวชี้วัด (ตัวชี้วัดที่ 1–10 หรือชื่อตัวชี้วัด) พร้อมคะแนน แต่ไม่พบเลย ` +
        `โปรดวางตารางคะแนนที่คัดลอกจากระบบ ITAS`
      );
    },
    emptyInput(source?: string): string {
      return source
        ? `ชีต "${source}" ว่างเปล่า ไม่มีข้อมูลให้อ่าน — เลือกชีตที่มีตารางคะแนน หรือวางตารางคะแนนที่คัดลอกจากระบบ ITAS ลงในชีตนี้แล้วอ่านอีกครั้ง`
        : "ไฟล์หรือข้อมูลที่วางว่างเปล่า ไม่มีข้อมูลให้อ่าน — เลือกไฟล์คะแนนที่บันทึกจากระบบ ITAS (.xlsx, .csv, .tsv) หรือคัดลอกตารางคะแนนจากหน้าเว็บ ITAS มาวางแล้วอ่านอีกครั้ง";
    },
    scoreNotNumber(code: string, value: string): string {
      return `คะแนนของข้อ ${code} คือ "${value}" ซึ่งไม่ใช่ตัวเลข จึงข้ามข้อนี้`;
    },
    scoreOutOfRange(code: string, value: string): string {
      return `คะแนนของข้อ ${code} คือ ${value} ซึ่งอยู่นอกช่วง 0–100 จึงข้ามข้อนี้`;
    },
    scoreMissing(code: string): string {
      return `พบข้อ ${code} แต่ไม่พบคะแนนในแถวเดียวกัน จึงข้ามข้อนี้`;
    },
    indicatorScoreInvalid(number: number, value: string): string {
      return `คะแนนตัวชี้วัดที่ ${number} คือ "${value}" ซึ่งไม่ใช่คะแนน 0–100 จึงข้าม`;
    },
    toolUnknown(text: string): string {
      return `"${text}" ไม่ระบุว่าเป็นข้อของแบบวัดใด (IIT, EIT หรือ OIT) จึงข้าม — ใส่ตัวอักษรนำหน้า เช่น i5, e5, o5 หรือใส่หัวข้อ IIT/EIT/OIT ไว้เหนือแถวนี้`;
    },
    columnsIgnored: (from: string) => `มีข้อมูลตั้งแต่คอลัมน์ ${from} ไปทางขวา ซึ่งไกลเกินกว่าตารางคะแนน จึงไม่ได้อ่านส่วนนั้น (ทุกแถว) — ถ้าเป็นคะแนน ให้ย้ายตารางมาไว้ทางซ้าย`,
    rowSkipped:
      "แถวนี้อยู่ในตารางและมีตัวเลขคะแนน แต่ไม่พบรหัสข้อคำถาม (เช่น i1, e5, o12) ชื่อตัวชี้วัด หรือชื่อแบบวัด จึงไม่ได้อ่านแถวนี้ — ตรวจว่ารหัสข้อหายไปหรือไม่",
    duplicateSkipped(code: string, firstRow: number): string {
      return `ข้อ ${code} ซ้ำกับแถว ${firstRow} จึงใช้คะแนนจากแถว ${firstRow} และข้ามแถวนี้`;
    },
    duplicateRenamed(code: string, firstRow: number, renamed: string): string {
      return `ข้อ ${code} ซ้ำกับแถว ${firstRow} และข้อ ${renamed} หายไปจากลำดับ จึงถือว่าแถวนี้คือข้อ ${renamed} — โปรดตรวจสอบ`;
    },
    indicatorDuplicate(number: number, firstRow: number): string {
      return `ตัวชี้วัดที่ ${number} ซ้ำกับแถว ${firstRow} จึงใช้คะแนนจากแถว ${firstRow}`;
    },
  },

  /** Inputs over the limits of src/core/limits.ts, refused before any work. Sizes come formatted. */
  limits: {
    fileTooLarge: (name: string, size: string, limit: string) =>
      `ไฟล์ "${name}" มีขนาด ${size} เกินขนาดที่อ่านได้ (ไม่เกิน ${limit}) จึงไม่อ่าน — ไฟล์ตารางคะแนนจากระบบ ITAS มีขนาดไม่ถึง 1 MB โปรดตรวจว่าเลือกไฟล์ถูก`,
    notAFile: (name: string) =>
      `"${name}" ไม่ใช่ไฟล์ธรรมดา (เป็นอุปกรณ์ ท่อข้อมูล หรือซ็อกเก็ต) จึงไม่อ่าน — โปรดระบุไฟล์ตารางคะแนน (.xlsx, .csv, .tsv หรือ .txt)`,
    xlsxPartTooLarge: (name: string, part: string, limit: string) =>
      `ไฟล์ .xlsx "${name}" มีส่วน "${part}" ที่เมื่อขยายแล้วใหญ่เกินที่อ่านได้ (ไม่เกิน ${limit}) จึงไม่อ่าน — ` +
      "ไฟล์อาจเสียหายหรือมีข้อมูลอื่นปนมามาก โปรดคัดลอกเฉพาะตารางคะแนนไปไว้ในไฟล์ใหม่",
    xlsxTooLarge: (name: string, limit: string) =>
      `ไฟล์ .xlsx "${name}" เมื่อขยายแล้วใหญ่เกินที่อ่านได้ (รวมทุกส่วนไม่เกิน ${limit}) จึงไม่อ่าน — ` +
      "โปรดคัดลอกเฉพาะตารางคะแนนไปไว้ในไฟล์ใหม่",
    xlsxTooManyParts: (name: string, limit: number) => `ไฟล์ .xlsx "${name}" มีส่วนย่อยเกิน ${limit} ส่วน จึงไม่อ่าน — ไฟล์อาจเสียหาย`,
    gridTooLarge: (rows: number, columns: number, limit: number, source?: string) =>
      `${source ? `ชีต "${source}" ` : "ข้อมูล"}มี ${rows} แถว × ${columns} คอลัมน์ (${rows * columns} ช่อง) ` +
      `เกินที่อ่านได้ (ไม่เกิน ${limit} ช่อง) จึงไม่อ่าน — เลือกหรือคัดลอกเฉพาะตารางคะแนน`,
    pasteTooLarge: (chars: number, limit: number) =>
      `ข้อความที่วางยาว ${chars} ตัวอักษร เกินที่อ่านได้ (ไม่เกิน ${limit} ตัวอักษร) จึงไม่อ่าน — คัดลอกเฉพาะตารางคะแนน`,
  },

  /** Reading text files and pastes: what was read differently from how it was written. */
  text: {
    strayQuote: 'มีเครื่องหมาย " ที่เปิดแล้วไม่ได้ปิด จึงอ่านเป็นตัวอักษรธรรมดา — ตรวจข้อความในแถวนี้',
    quotesIgnored:
      'เครื่องหมาย " ในไฟล์เปิดและปิดไม่ครบคู่หลายแห่ง จึงอ่านเครื่องหมาย " ทุกตัวเป็นตัวอักษรธรรมดา ' +
      "และอ่านหนึ่งบรรทัดเป็นหนึ่งแถว — ตรวจช่องที่มีหลายบรรทัดหรือมีจุลภาคในช่อง",
    badBytes: (lines: readonly number[], more: number) =>
      `บรรทัดที่ ${lines.join(", ")}${more > 0 ? ` และอีก ${more} บรรทัด` : ""} ของไฟล์มีอักขระที่อ่านไม่ได้ (ไม่ใช่ UTF-8) ` +
      "จึงแสดงเป็น \ufffd แทน ส่วนอื่นของไฟล์อ่านเป็น UTF-8 ตามปกติ — ตรวจข้อความในบรรทัดนั้น",
  },

  analysis: {
    maintain: "รักษาระดับ",
    otherGroup: "ข้อคำถามอื่นที่ไม่อยู่ในประเด็นใด",
    unknownQuestionTitle: (code: string) => `ข้อ ${code} (ไม่มีในรายการข้อคำถามของปีนี้)`,
    genericWeakness: (code: string, indicatorName?: string) =>
      indicatorName
        ? `ผลคะแนนข้อ ${code} ในตัวชี้วัด${indicatorName} ยังต่ำกว่าเป้าหมาย แสดงว่าการดำเนินงานในเรื่องนี้ยังไม่เป็นที่รับรู้หรือยังไม่ครบถ้วน`
        : `ผลคะแนนข้อ ${code} ยังต่ำกว่าเป้าหมาย แสดงว่าการดำเนินงานในเรื่องนี้ยังไม่เป็นที่รับรู้หรือยังไม่ครบถ้วน`,
    genericAction: (code: string) =>
      `ทบทวนเกณฑ์การประเมินข้อ ${code} ของปีนี้ มอบหมายผู้รับผิดชอบปรับปรุงการดำเนินงานหรือข้อมูลให้ครบถ้วน และติดตามผลจนกว่าจะบรรลุเป้าหมาย`,
    unknownCodeWarning: (code: string, year: number) =>
      `ข้อ ${code} ไม่มีในรายการข้อคำถามของปี ${year} จึงวิเคราะห์ด้วยข้อความทั่วไป — ตรวจสอบรหัส หรือเพิ่มข้อนี้ในชีตรายการข้อคำถาม`,
    noYear: (year: number) =>
      `ไม่พบปีที่ประเมินในข้อมูลที่วาง จึงใช้ปี ${year} — ระบุปีได้ด้วยตัวเลือกปีที่ประเมิน`,
    previousYearSame: "ข้อมูลปีก่อนเป็นปีเดียวกับปีที่วิเคราะห์ จึงไม่นำมาเปรียบเทียบ",
    yearAfterCatalogue: (year: number, id: string, from: number, to: number) =>
      `ปีที่ประเมิน ${year} อยู่หลังปีที่รายการข้อคำถามตรวจสอบไว้ (ปี ${yearRange(from, to)}) จึงวิเคราะห์ด้วยรายการชุด "${id}" ซึ่งเป็นชุดล่าสุด — ` +
      `ข้อคำถามของปี ${year} อาจเปลี่ยนเลขข้อหรือหัวข้อ โปรดตรวจสอบและแก้ไขใน "${CATALOGUE_FILE}" ให้ตรงกับปี ${year} แล้วใช้ไฟล์ที่แก้ไขแล้ว`,
    yearBeforeCatalogue: (year: number, id: string, from: number, to: number) =>
      `ปีที่ประเมิน ${year} อยู่ก่อนปีที่รายการข้อคำถามตรวจสอบไว้ (ปี ${yearRange(from, to)}) จึงวิเคราะห์ด้วยรายการชุด "${id}" ซึ่งเป็นชุดแรก — ` +
      `ข้อคำถามของปี ${year} อาจต่างออกไป โปรดตรวจสอบและแก้ไขใน "${CATALOGUE_FILE}" ให้ตรงกับปี ${year} แล้วใช้ไฟล์ที่แก้ไขแล้ว`,
    unconfirmedTitles: (codes: string, id: string) =>
      `หัวข้อของข้อ ${codes} ในรายการชุด "${id}" เป็นหัวข้อที่คาดไว้ เพราะยังไม่พบรายการข้อคำถามที่เผยแพร่ของปีนี้ — ` +
      `โปรดตรวจสอบกับระบบ ITAS และแก้ไขได้ใน "${CATALOGUE_FILE}"`,
    levelDiffers: (pasted: string, computed: string, year: number) =>
      `ข้อมูลที่วางระบุระดับผลการประเมิน "${pasted}" แต่ตามเกณฑ์ระดับของปี ${year} คะแนนนี้อยู่ในระดับ "${computed}" — รายงานใช้ระดับตามข้อมูลที่วาง (ผลของระบบ ITAS) โปรดตรวจสอบ`,
    yearOverridden: (pasted: number, chosen: number) =>
      `ข้อมูลที่วางระบุปีที่ประเมิน ${pasted} แต่รายงานใช้ปี ${chosen} ตามที่ตั้งไว้ — ตรวจสอบว่าตั้งปีถูกต้อง`,
    summaryHighLow: (high: string, highScore: string, low: string, lowScore: string) =>
      `ตัวชี้วัดที่ได้คะแนนสูงสุด คือ ${high} (${highScore} คะแนน) และตัวชี้วัดที่ได้คะแนนต่ำสุด คือ ${low} (${lowScore} คะแนน)`,
    summaryAllEqual: (score: string) => `ทุกตัวชี้วัดได้คะแนนเท่ากัน คือ ${score} คะแนน`,
    and: " และ",
    changeUp: (what: string, from: string, fromYear: string, to: string, toYear: string) =>
      `คะแนน${what} เพิ่มขึ้นจาก ${from} ในปี ${fromYear} เป็น ${to} ในปี ${toYear}`,
    changeDown: (what: string, from: string, fromYear: string, to: string, toYear: string) =>
      `คะแนน${what} ลดลงจาก ${from} ในปี ${fromYear} เป็น ${to} ในปี ${toYear}`,
    changeSame: (what: string, score: string, fromYear: string, toYear: string) =>
      `คะแนน${what} คงที่ที่ ${score} ทั้งในปี ${fromYear} และปี ${toYear}`,
  },

  report: {
    sheetNames: {
      analysis: "วิเคราะห์ผล ITA",
      measures: "มาตรการส่งเสริม",
      followUp: "รายงานผลการดำเนินการ",
    },
    /** Page numbers of each document on its own (LibreOffice's &N would count every sheet's pages). */
    pageFooter: "หน้า &P",
    /** Starts the part of a text continued in the next row (a text taller than a page). */
    continued: "(ต่อ)",
    documentTitle: "รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส\nในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
    assessmentYearLine: (year: string) => `ประจำปีงบประมาณ พ.ศ. ${year}`,
    overall: (agency: string, score: string, level: string, computed: boolean) =>
      `ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของ${agency} ได้คะแนนภาพรวม ${score} คะแนน` +
      ` อยู่ในระดับ ${level}${computed ? " (คำนวณจากคะแนนรายข้อ)" : ""}`,
    /** The overall score the paste cannot give: a line for the office to fill in from ITAS. */
    overallBlank: (agency: string) =>
      `ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของ${agency} ได้คะแนนภาพรวม ${BLANK_SHORT} คะแนน อยู่ในระดับ ${BLANK_SHORT}`,
    overallUnknownNote: (missing: string) =>
      `ข้อมูลที่วางไม่มีคะแนนของ ${missing} โปรแกรมจึงคำนวณคะแนนภาพรวมไม่ได้ — กรอกคะแนนภาพรวมและระดับจากระบบ ITAS แทนเส้นจุด`,
    previousOverall: (year: string, score: string, level: string) => `ปีก่อนหน้า (ITA ${year}) ได้คะแนน ${score} คะแนน ระดับ ${level}`,
    theAgency: "หน่วยงาน",
    toolTableTitle: "ผลคะแนนรายแบบวัด",
    toolHeader: ["แบบวัด", "ชื่อแบบวัด", "คะแนน", "น้ำหนัก"],
    indicatorTableTitle: "ผลคะแนนรายตัวชี้วัด เรียงจากคะแนนมากไปหาน้อย",
    indicatorHeader: ["อันดับ", "แบบวัด", "ตัวชี้วัด", "คะแนน"],
    changeHeader: (year: string) => `เทียบกับปี ${year}`,
    chartTitle: (year: string) => `แผนภูมิผลคะแนนรายตัวชี้วัด ประจำปีงบประมาณ พ.ศ. ${year}`,
    /** The target is said only when it is below full marks. */
    chartAxisTitle: (target: string | null) => (target === null ? "คะแนน (เต็ม 100 คะแนน)" : `คะแนน (เต็ม 100 คะแนน เป้าหมาย ${target} คะแนน)`),
    computedNote: "คะแนนที่มีเครื่องหมาย * คำนวณจากคะแนนรายข้อคำถาม",
    computedWhy: "ข้อมูลที่วางไม่มีคะแนนที่มีเครื่องหมาย * โปรแกรมจึงคำนวณจากคะแนนรายข้อ — ถ้ามีคะแนนนี้ในระบบ ITAS ให้แก้เป็นคะแนนของระบบ",
    questionSectionTitle: (year: string) => `ผลการวิเคราะห์รายข้อคำถาม ประจำปีงบประมาณ พ.ศ. ${year}`,
    indicatorSectionTitle: (year: string) => `ผลการวิเคราะห์รายตัวชี้วัด ประจำปีงบประมาณ พ.ศ. ${year}`,
    indicatorTargetNote: (target: string) =>
      `การวิเคราะห์นี้ใช้คะแนนรายตัวชี้วัด ตัวชี้วัดที่ได้คะแนนต่ำกว่า ${target} คะแนน ระบุเรื่องที่ข้อคำถามของตัวชี้วัดนั้นประเมินเป็นประเด็นที่ต้องแก้ไข/ปรับปรุง ตัวชี้วัดที่ได้ตั้งแต่ ${target} คะแนนขึ้นไป รักษาระดับ`,
    targetNote: (target: string) => `ข้อที่ได้คะแนนต่ำกว่า ${target} คะแนน ระบุข้อบกพร่องและข้อแก้ไข ข้อที่ได้ตั้งแต่ ${target} คะแนนขึ้นไป รักษาระดับ`,
    questionHeader: ["ลำดับ", "แบบวัด", "ข้อ", "ประเด็นการประเมิน", "คะแนน", "ข้อบกพร่อง", "ข้อแก้ไข/ปรับปรุง หรือรักษาระดับ"],
    issueGroup: (n: string, title: string) => `ประเด็นที่ ${n} ${title}`,
    indicatorGroup: (tool: string, n: string, name: string) => `${tool} ตัวชี้วัดที่ ${n} ${name}`,
    noQuestions: "ข้อมูลที่วางมีเฉพาะคะแนนรายตัวชี้วัด ไม่มีคะแนนรายข้อคำถาม จึงวิเคราะห์ในระดับตัวชี้วัด",
    /** Note on a question the year's catalogue does not have (its title prints as the code alone). */
    unknownQuestionNote: (code: string) => `ข้อ ${code} ไม่มีในรายการข้อคำถามของปีนี้ จึงใช้ข้อความทั่วไป — ใส่หัวข้อและข้อความของข้อนี้เอง หรือเพิ่มข้อนี้ในรายการข้อคำถาม`,
    questionCode: (code: string) => `ข้อ ${code}`,
    indicatorLevelHeader: ["ลำดับ", "แบบวัด", "ตัวชี้วัด", "คะแนน", "ผลการวิเคราะห์ ประเด็นที่ต้องแก้ไข/ปรับปรุง", "มาตรการ หรือรักษาระดับ"],

    measuresTitle: "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
    planYearLine: (year: string) => `ประจำปีงบประมาณ พ.ศ. ${year}`,
    measuresIntro: (agency: string, year: string, planYear: string, span: string) =>
      `${agency}ได้นำผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. ${year} ` +
      `มาวิเคราะห์และกำหนดมาตรการเพื่อแก้ไขข้อบกพร่องและรักษาระดับ สำหรับดำเนินการในปีงบประมาณ พ.ศ. ${planYear} (${span}) ดังนี้`,
    measuresHeaderIssues: ["ประเด็น", "มาตรการ โครงการ หรือกิจกรรม", "ผลการวิเคราะห์ ตัวชี้วัดที่สอดคล้อง", "ขั้นตอนหรือวิธีการดำเนินการ", "ระยะเวลา ดำเนินการ", "ผู้รับผิดชอบ"],
    measuresHeaderTools: ["ตัวชี้วัด", "ประเด็นที่ต้อง แก้ไข/ปรับปรุง", "มาตรการ / แนวทาง", "วิธีการดำเนินการ", "ผู้รับผิดชอบ", "ระยะเวลา ดำเนินการ", "การติดตามผล"],
    toolMeasureGroup: (name: string, code: string) => `มาตรการยกระดับ${name.replace(/^แบบวัด/, "")} (${code})`,
    relatedImprove: (items: string) => `ข้อที่ต่ำกว่าเป้าหมาย: ${items}`,
    relatedAllMet: "ทุกข้อได้คะแนนตามเป้าหมาย: รักษาระดับ",
    indicatorsBelow: (items: string, target: string) =>
      `ทุกข้อได้คะแนนตามเป้าหมาย แต่คะแนน${items} ต่ำกว่าเป้าหมาย ${target} คะแนน (คะแนนตัวชี้วัดของระบบ ITAS) จึงต้องปรับปรุง`,
    publishedFor: (title: string, code: string, year: string) =>
      `เอกสารนี้จัดทำเพื่อเผยแพร่บนเว็บไซต์ของหน่วยงานเป็นข้อมูลตามแบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT) หัวข้อ “${title}” (ข้อ ${code} ในการประเมินปี ${year})`,
    indicatorIssuesRef: (score: string, target: string, count: string) =>
      `คะแนน ${score} ต่ำกว่าเป้าหมาย ${target}: ${count} ประเด็นตามผลการวิเคราะห์รายตัวชี้วัด`,
    relatedIndicators: (items: string) => `ตัวชี้วัดที่เกี่ยวข้อง: ${items}`,
    noScoresInGroup: "ไม่มีคะแนนของประเด็นนี้ในข้อมูลที่วาง — ใส่ผลการวิเคราะห์เองแทนเครื่องหมาย -",
    followUpDefault: "รายงานผลการดำเนินงานต่อผู้บริหารเมื่อสิ้นปีงบประมาณ",

    followUpTitle: "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
    followUpIntro: (agency: string, planYear: string, year: string) =>
      `${agency}ได้ดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ${planYear} ` +
      `ซึ่งกำหนดจากผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ${year} โดยมีผลการดำเนินการดังนี้`,
    followUpHeader: ["ประเด็น", "มาตรการ โครงการ หรือกิจกรรม", "ขั้นตอนหรือวิธีการปฏิบัติ", "ระยะเวลา ดำเนินการ", "ผู้รับผิดชอบ", "ผลการดำเนินการ (Output)", "ผลลัพธ์หรือผลสัมฤทธิ์ (Outcome)"],
    followUpHeaderTools: ["ตัวชี้วัด", "มาตรการ โครงการ หรือกิจกรรม", "ขั้นตอนหรือวิธีการปฏิบัติ", "ระยะเวลา ดำเนินการ", "ผู้รับผิดชอบ", "ผลการดำเนินการ (Output)", "ผลลัพธ์หรือผลสัมฤทธิ์ (Outcome)"],
    /**
     * The output cell: what the measure set out to deliver (the signed plan says so, a fact) and a
     * dotted line for what the office did. Printed unedited, it claims nothing done.
     */
    outputDraft: (planned: string) => `ผลที่กำหนดไว้: ${planned}\nผลที่ดำเนินการได้: ${BLANK_LONG}`,
    outputNote:
      "ร่างจากโปรแกรม: กรอกสิ่งที่ดำเนินการได้จริงแทนเส้นจุด พร้อมหลักฐาน (เช่น เลขที่คำสั่ง ประกาศ หรือลิงก์บนเว็บไซต์) " +
      "ถ้าดำเนินการไม่ครบตามที่กำหนดไว้ ให้ระบุว่าส่วนใดยังไม่ได้ดำเนินการ",
    /** Outcomes: last year's scores and the target (facts), what the next assessment will measure. */
    outcomeImprove: (count: string, codes: string, year: string, nextYear: string, target: string) =>
      `ผล ITA ปี ${year}: ต่ำกว่าเป้าหมาย ${count} ข้อ (${codes})\nเป้าหมาย ITA ปี ${nextYear}: ข้อดังกล่าวไม่ต่ำกว่า ${target} คะแนน`,
    outcomeOwnIndicatorBelow: (score: string, year: string, nextYear: string, target: string) =>
      `ผล ITA ปี ${year}: ตัวชี้วัดนี้ได้ ${score} คะแนน ต่ำกว่าเป้าหมาย\nเป้าหมาย ITA ปี ${nextYear}: ไม่ต่ำกว่า ${target} คะแนน`,
    outcomeIndicatorsBelow: (items: string, year: string, nextYear: string, target: string) =>
      `ผล ITA ปี ${year}: ${items} ต่ำกว่าเป้าหมาย ${target} คะแนน\nเป้าหมาย ITA ปี ${nextYear}: ไม่ต่ำกว่า ${target} คะแนน`,
    outcomeMaintain: (year: string, nextYear: string) =>
      `ผล ITA ปี ${year}: ทุกข้อในประเด็นนี้ได้ตามเป้าหมาย\nเป้าหมาย ITA ปี ${nextYear}: รักษาระดับคะแนน`,
    outcomeNote:
      "ร่างจากโปรแกรม: ตรวจสอบคะแนนและเป้าหมาย แล้วเพิ่มผลที่เกิดขึ้นจริง (เช่น ผลการประเมินครั้งล่าสุด ความเห็นของผู้รับบริการ)",
  },

  /**
   * The documents an office signs and sends up (issue 10): covers, approval memos, signature
   * blocks. Our own wording; seeds 001 and 003 give the structure only.
   */
  documents: {
    sheetNames: { measuresMemo: "บันทึกเสนอมาตรการ", followUpMemo: "บันทึกเสนอรายงานผล" },
    /** Cover titles, one line each (a title too wide for the page is cut in two). */
    coverTitles: {
      analysis: ["รายงานการวิเคราะห์ผลการประเมิน", "คุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)"],
      measures: ["มาตรการส่งเสริมคุณธรรมและความโปร่งใส", "ภายในหน่วยงาน"],
      followUp: ["รายงานผลการดำเนินการ", "เพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"],
    },
    coverYear: (year: string) => `ประจำปีงบประมาณ พ.ศ. ${year}`,
    coverAssessed: (year: string) => `จากผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ${year}`,
    coverRound: (months: string) => `รอบ ${months} เดือน`,
    coverPlace: (district: string, province: string) => `อำเภอ${district} จังหวัด${province}`,

    memoHeading: "บันทึกข้อความ",
    office: "ส่วนราชการ",
    number: "ที่",
    date: "วันที่",
    subject: "เรื่อง",
    to: "เรียน",
    background: "เรื่องเดิม",
    facts: "ข้อเท็จจริง",
    consideration: "ข้อพิจารณา",
    measuresSubject: (planYear: string) => `ขออนุมัติมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ${planYear} และขอเผยแพร่ทางเว็บไซต์`,
    followUpSubject: (planYear: string, round: string) =>
      `ขอความเห็นชอบรายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ${planYear}${round} และขอเผยแพร่ทางเว็บไซต์`,
    /** The assessment and its result, as the memo's background. */
    assessed: (agency: string, year: string, result: string) =>
      `ในการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ${year} ของสำนักงาน ป.ป.ช. ${agency}${result}`,
    scored: (score: string, level: string) => `ได้คะแนนภาพรวม ${score} คะแนน อยู่ในระดับ ${level}`,
    notScored: "ได้รับผลการประเมินรายข้อแล้ว แต่ยังไม่มีคะแนนภาพรวม",
    previousScored: (year: string, score: string) => ` (ปี ${year} ได้ ${score} คะแนน)`,
    belowTarget: (target: string, count: string) => `พบข้อที่ได้คะแนนต่ำกว่า ${target} คะแนน ${count} ข้อ`,
    indicatorsBelowTarget: (target: string, count: string) => `พบตัวชี้วัดที่ได้คะแนนต่ำกว่า ${target} คะแนน ${count} ตัวชี้วัด`,
    allMet: (target: string) => `ทุกข้อได้คะแนนตั้งแต่ ${target} คะแนนขึ้นไป`,
    lowest: (name: string, score: string) => ` ตัวชี้วัดที่ได้คะแนนต่ำสุด คือ ${name} (${score} คะแนน)`,
    measuresFacts: (unit: string, finding: string, planYear: string, count: string) =>
      `${unit}ได้วิเคราะห์ผลการประเมินเป็นรายข้อ ${finding} และจัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ` +
      `ประจำปีงบประมาณ พ.ศ. ${planYear} จำนวน ${count} มาตรการ พร้อมรายงานการวิเคราะห์ ดังที่แนบมาพร้อมนี้`,
    followUpBackground: (agency: string, year: string, result: string, planYear: string, count: string) =>
      `ตามที่${agency}ได้นำผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ${year}${result} มาจัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ` +
      `ประจำปีงบประมาณ พ.ศ. ${planYear} จำนวน ${count} มาตรการ เพื่อให้ส่วนราชการที่รับผิดชอบดำเนินการ นั้น`,
    followUpFacts: (unit: string, period: string) =>
      `ส่วนราชการที่รับผิดชอบได้ดำเนินการตามมาตรการ${period} ${unit}ได้รวบรวมผลการดำเนินการและผลลัพธ์ของแต่ละมาตรการ ` +
      `เป็นรายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ดังที่แนบมาพร้อมนี้`,
    roundPeriod: (months: string, span: string) => `ในรอบ ${months} เดือน (${span}) แล้ว`,
    yearPeriod: "แล้ว",
    roundSuffix: (months: string) => ` (รอบ ${months} เดือน)`,
    /** The OIT item the document answers, closing the facts. */
    itemRequired: (year: string, code: string, title: string) =>
      ` ซึ่งการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ${year} กำหนดให้เปิดเผยทางเว็บไซต์ของหน่วยงาน ตามข้อ ${code} “${title}”`,
    itemUnknown: (year: string) => ` ซึ่งการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ${year} กำหนดให้เปิดเผยทางเว็บไซต์ของหน่วยงาน (แบบวัด OIT)`,
    measuresConsider: (agency: string, item: string) =>
      `เห็นควรอนุมัติมาตรการดังกล่าว แจ้งส่วนราชการที่รับผิดชอบนำไปดำเนินการ และเผยแพร่ทางเว็บไซต์ของ${agency}${item}`,
    followUpConsider: (agency: string, item: string) =>
      `เห็นควรให้ความเห็นชอบรายงานผลการดำเนินการดังกล่าว และเผยแพร่ทางเว็บไซต์ของ${agency}${item}`,
    publishItem: (code: string, year: string) => ` ตามข้อ ${code} ของการประเมินปี ${year}`,
    measuresClosing: "จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ",
    followUpClosing: "จึงเรียนมาเพื่อโปรดพิจารณาให้ความเห็นชอบ",

    sign: "ลงชื่อ",
    position: "ตำแหน่ง",
    preparedBy: "ผู้จัดทำ",
    reportedBy: "ผู้รายงาน",
    proposedBy: "ผู้เสนอ",
    approvedBy: "ผู้อนุมัติ",
    endorsedBy: "ผู้เห็นชอบ",
    approve: "อนุมัติ",
    endorse: "เห็นชอบ",
    commentOf: (position: string) => `ความเห็น${position}`,
    decisionOf: (position: string) => `คำสั่ง${position}`,
    choices: (yes: string, no: string) => `(   ) ${yes}      (   ) ${no}`,
    notApprove: "ไม่อนุมัติ",
    notEndorse: "ไม่เห็นชอบ",
    /** A date written "๓ ธันวาคม ๒๕๖๙". */
    thaiDate: (day: string, month: string, year: string) => `${day} ${month} ${year}`,
  },

  levels: {
    excellent: "ผ่านดีเยี่ยม",
    good: "ผ่านดี",
    pass: "ผ่าน",
    improve: "ต้องปรับปรุง",
    urgent: "ต้องปรับปรุงโดยด่วน",
  },

  /** The editable catalogue sheet (src/core/catalogue/table.ts): its headers double as the keys read back. */
  catalogueTable: {
    title: "รายการข้อคำถามและข้อความเริ่มต้นสำหรับวิเคราะห์ผล ITA (แก้ไขได้)",
    idLabel: "ชุดข้อมูล",
    yearsLabel: "ปีที่ตรวจสอบ",
    /** Labels of earlier files, still read back. */
    oldYearsLabels: ["ใช้กับปีประเมิน", "ตรวจสอบแล้วสำหรับปีประเมิน"],
    years: yearRange,
    yearsNote:
      "ปีที่ตรวจสอบ คือปีประเมินที่ตรวจสอบรายการนี้แล้ว เขียนเป็น 2569 หรือ 2569–2570: ข้อมูลของปีนอกช่วงนี้ยังวิเคราะห์ได้ แต่รายงานจะเตือนให้ตรวจสอบ " +
      "เมื่อปรับรายการให้ตรงกับปีใหม่แล้ว ให้แก้ปีในช่องนี้ด้วย",
    badYears: (text: string) => `ปีประเมิน "${text}" ไม่ใช่ปี พ.ศ. หรือช่วงปี (เช่น 2569 หรือ 2569–2570)`,
    note:
      "แก้ไขข้อความในตารางได้ทุกช่อง หรือเพิ่มแถวข้อคำถามใหม่ โปรแกรมจะใช้ชีตนี้ในการวิเคราะห์ครั้งต่อไป " +
      "ขั้นตอนและผู้รับผิดชอบเขียนบรรทัดละหนึ่งรายการ (Alt+Enter ขึ้นบรรทัดใหม่) เดือนให้เขียนชื่อเดือน เช่น ตุลาคม " +
      "ช่องที่เว้นว่างหรือเขียนไม่ถูกต้องจะใช้ข้อความเดิมของโปรแกรม",
    questionsSection: "ข้อคำถาม",
    issuesSection: "มาตรการรายประเด็น",
    indicatorsSection: "มาตรการรายตัวชี้วัด",
    questionHeader: ["รหัส", "ตัวชี้วัด", "ตัวชี้วัดย่อย", "ประเด็น", "หัวข้อ", "ข้อบกพร่อง", "ข้อแก้ไข", "เอกสารที่ตอบข้อนี้", "สถานะหัวข้อ"],
    /** Values of the role column: the documents this program writes that an OIT item asks for. */
    roles: { measures: "มาตรการส่งเสริมคุณธรรมฯ", followUp: "รายงานผลการดำเนินการฯ" },
    unconfirmed: "ยังไม่ยืนยัน",
    badRole: (code: string, text: string) => `เอกสาร "${text}" ของข้อ ${code} ไม่ใช่ "มาตรการส่งเสริมคุณธรรมฯ" หรือ "รายงานผลการดำเนินการฯ"`,
    duplicateRole: (role: string, code: string, first: string) => `ข้อ ${code} และข้อ ${first} ระบุเอกสาร "${role}" เหมือนกัน จึงใช้ข้อ ${first}`,
    measureHeader: (key: "ประเด็น" | "ตัวชี้วัด") => [
      key, "เดือนเริ่ม", "เดือนสิ้นสุด", "ผู้รับผิดชอบ (บรรทัดละหน่วย)", `ชื่อ${key}`, "มาตรการ", "ขั้นตอน (บรรทัดละขั้นตอน)", "การติดตามผล", "ผลการดำเนินการ (ร่าง)",
    ],
    where: (sheet: string, row: number) => `ชีต "${sheet}" แถว ${row}`,
    otherCatalogue: (id: string, expected: string) =>
      `ชีตนี้เป็นรายการข้อคำถามของชุด "${id}" แต่ปีที่ประเมินใช้ชุด "${expected}" จึงไม่นำมาใช้ (ใช้รายการเดิมของโปรแกรม)`,
    badCode: (text: string) => `รหัส "${text}" ไม่ใช่รหัสข้อคำถาม (เช่น i1, e5, o12) จึงข้ามแถวนี้`,
    duplicateCode: (code: string, first: number) => `ข้อ ${code} ซ้ำกับแถว ${first} จึงข้ามแถวนี้`,
    badIndicator: (code: string, text: string) => `ตัวชี้วัด "${text}" ของข้อ ${code} ไม่มีในแบบวัดของข้อนี้`,
    badSubIndicator: (code: string, text: string) => `ตัวชี้วัดย่อย "${text}" ของข้อ ${code} ไม่มีในตัวชี้วัดของข้อนี้`,
    badIssue: (code: string, text: string) => `ประเด็น "${text}" ของข้อ ${code} ไม่มีในรายการประเด็น`,
    emptyText: (what: string, key: string) => `${what}ของ${key}ว่างอยู่`,
    keepBuiltIn: "จึงใช้ค่าเดิมของโปรแกรม",
    newQuestionIncomplete: (code: string) => `ข้อ ${code} เป็นข้อใหม่ ต้องมีตัวชี้วัด หัวข้อ ข้อบกพร่อง และข้อแก้ไขครบ จึงข้ามแถวนี้`,
    badNumber: (label: string, text: string) => `${label} "${text}" ไม่มีในรายการ จึงข้ามแถวนี้`,
    duplicateNumber: (label: string, n: number, first: number) => `${label}ที่ ${n} ซ้ำกับแถว ${first} จึงข้ามแถวนี้`,
    badMonth: (key: string, from: string, to: string) => `ระยะเวลาของ${key} ("${from}" ถึง "${to}") ไม่ใช่ชื่อเดือนที่เรียงถูกต้อง`,
    newMeasureIncomplete: (key: string) => `${key}เป็นรายการใหม่ ต้องกรอกทุกช่องให้ครบ จึงข้ามแถวนี้`,
    missingColumn: (label: string) => `หัวตารางไม่มีคอลัมน์ "${label}" จึงใช้ค่าเดิมของโปรแกรมทั้งส่วนนี้`,
    noQuestionSection: "ไม่พบหัวตารางข้อคำถาม (แถวที่ขึ้นต้นด้วย \"รหัส\") จึงใช้รายการข้อคำถามเดิมของโปรแกรม",
    fields: { title: "หัวข้อ", weakness: "ข้อบกพร่อง", action: "ข้อแก้ไข", name: "ชื่อ", measure: "มาตรการ", steps: "ขั้นตอน", units: "ผู้รับผิดชอบ", followUp: "การติดตามผล", output: "ผลการดำเนินการ (ร่าง)" },
    questionKey: (code: string) => `ข้อ ${code}`,
    issueKey: (n: number) => `ประเด็นที่ ${n}`,
    indicatorKey: (n: number) => `ตัวชี้วัดที่ ${n}`,
  },

  /** Reading input files (command line, browser page). */
  files: {
    notFound: (path: string) => `ไม่พบไฟล์ "${path}"`,
    isFolder: (path: string) => `"${path}" เป็นโฟลเดอร์ ไม่ใช่ไฟล์`,
    unreadable: (path: string, code: string | undefined) => `อ่านไฟล์ "${path}" ไม่ได้ (${code ?? "ไม่ทราบสาเหตุ"})`,
    oldExcel: (name: string) => `ไฟล์ "${name}" เป็น Excel รุ่นเก่า (.xls) — โปรดเปิดแล้วบันทึกเป็น .xlsx หรือ .csv ก่อน`,
    brokenXlsx: "เปิดไฟล์ .xlsx ไม่ได้: ไฟล์เสียหายหรือไม่ใช่ไฟล์ Excel (.xlsx) — ถ้าเป็นไฟล์ .xls รุ่นเก่า โปรดบันทึกเป็น .xlsx ก่อน",
    noSheets: "ไฟล์ .xlsx นี้ไม่มีชีตใดเลย",
    cannotWrite: (path: string, code: string | undefined) =>
      `เขียนไฟล์ "${path}" ไม่ได้: ${
        code === "EACCES" || code === "EPERM" || code === "EROFS"
          ? "ไม่มีสิทธิ์เขียนในที่นั้น"
          : code === "EBUSY"
            ? "ไฟล์เปิดอยู่ในโปรแกรมอื่น (เช่น Excel) โปรดปิดไฟล์ก่อน"
            : code === "ENOSPC"
              ? "พื้นที่ดิสก์เต็ม"
              : code === "EEXIST" || code === "ENOTDIR" || code === "EISDIR"
                ? "มีไฟล์หรือโฟลเดอร์ชื่อนี้ขวางอยู่"
                : `(${code ?? "ไม่ทราบสาเหตุ"})`
      }`,
    cannotMakeFolder: (folder: string, code: string | undefined) =>
      `สร้างโฟลเดอร์ "${folder}" สำหรับไฟล์ผลลัพธ์ไม่ได้: ${
        code === "EACCES" || code === "EPERM" || code === "EROFS"
          ? "ไม่มีสิทธิ์เขียนในที่นั้น"
          : code === "ENOTDIR" || code === "EEXIST"
            ? "มีไฟล์ชื่อเดียวกันขวางอยู่"
            : code === "ENOSPC"
              ? "พื้นที่ดิสก์เต็ม"
              : `ระบบไม่ยอมให้สร้างโฟลเดอร์ในที่นั้น (${code ?? "ไม่ทราบสาเหตุ"})`
      } — เลือกโฟลเดอร์อื่นด้วย -o`,
    outputIsInput: (out: string, input: string) =>
      `ไฟล์ผลลัพธ์ "${out}" คือไฟล์นำเข้า "${input}" จึงไม่เขียนทับ (แม้ใส่ --overwrite) — ใช้ชื่อไฟล์หรือโฟลเดอร์ผลลัพธ์อื่นด้วย -o`,
    notXlsxOutput: (out: string) =>
      `ไฟล์ผลลัพธ์ "${out}" ต้องเป็นไฟล์ .xlsx — ถ้าต้องการ PDF ด้วย ให้ใส่ตัวเลือก --pdf (จะได้ไฟล์ .pdf คู่กับ .xlsx)`,
    manyInputsOneFile: (out: string) =>
      `มีไฟล์คะแนนหลายไฟล์ แต่ -o "${out}" เป็นชื่อไฟล์ .xlsx — ใส่ชื่อโฟลเดอร์แทน แล้วจะได้หนึ่งไฟล์ต่อหนึ่งไฟล์คะแนน`,
    noSuchSheet: (name: string, names: readonly string[]) => `ไม่พบชีต "${name}" ในไฟล์ — ชีตที่มีคือ ${names.map((n) => `"${n}"`).join(", ")}`,
    notACatalogue: (path: string) =>
      `ไฟล์ "${path}" ไม่ใช่รายการข้อคำถาม: ไม่พบแถว "ชุดข้อมูล" — ใช้ไฟล์รายการข้อคำถามที่โปรแกรมนี้เขียนให้ แล้วแก้ไขข้อความในไฟล์นั้น`,
    unknownCatalogue: (path: string, id: string, known: readonly string[]) =>
      `ไฟล์ "${path}" เป็นรายการข้อคำถามชุด "${id}" ซึ่งโปรแกรมไม่รู้จัก — ชุดที่มีคือ ${known.join(", ")}`,
  },
} as const;
