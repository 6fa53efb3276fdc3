/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider } from "@fluentui/react-components";
import { useState } from "react";
import type { UserSettings } from "../../src/core/userSettings";
import { SettingsPanel } from "../../src/ui/SettingsPanel";
import { thaiTheme } from "../../src/ui/theme";

const groups = {
  kind: "issues" as const,
  groups: [
    { number: 1, title: "การปฏิบัติหน้าที่", defaults: ["สำนักปลัด"] },
    { number: 2, title: "การใช้งบประมาณ", defaults: ["กองคลัง", "กองช่าง"] },
  ],
};

/** Keeps the settings like a host would, and records every change. */
function Harness(props: { initial: UserSettings; seen: UserSettings[]; invalid?: boolean[] }) {
  const [value, setValue] = useState(props.initial);
  return (
    <FluentProvider theme={thaiTheme}>
      <SettingsPanel
        value={value}
        onChange={(next) => {
          props.seen.push(next);
          setValue(next);
        }}
        detected={{ year: 2568, agency: "เทศบาลตำบลควนเสารัง" }}
        unitGroups={groups}
        storageNote="เก็บไว้ในไฟล์"
        onInvalidChange={(bad) => void props.invalid?.push(bad)}
      />
    </FluentProvider>
  );
}

const last = (seen: UserSettings[]) => seen[seen.length - 1];
const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe("SettingsPanel", () => {
  test("what the paste says shows as placeholders; typed values become settings", () => {
    const seen: UserSettings[] = [];
    render(<Harness initial={{}} seen={seen} />);
    expect(screen.getByLabelText("ชื่อหน่วยงาน").getAttribute("placeholder")).toBe("เทศบาลตำบลควนเสารัง");
    expect(screen.getByLabelText("ปีที่ประเมิน (พ.ศ.)").getAttribute("placeholder")).toBe("2568");

    type("ชื่อหน่วยงาน", "  เทศบาลตำบลทดสอบ ");
    expect(last(seen).agency).toBe("เทศบาลตำบลทดสอบ");
    type("ปีที่ประเมิน (พ.ศ.)", "๒๕๖๗");
    expect(last(seen).year).toBe(2567);
    type("เป้าหมายคะแนน", "95.5");
    expect(last(seen).target).toBe(95.5);
    fireEvent.change(screen.getByLabelText("รูปแบบรายงาน"), { target: { value: "tools" } });
    expect(last(seen).layout).toBe("tools");
    fireEvent.change(screen.getByLabelText("ตัวเลขในข้อความ"), { target: { value: "arabic" } });
    expect(last(seen).digits).toBe("arabic");
    type("แบบอักษร", "TH Sarabun New");
    type("ขนาดอักษร (พอยต์)", "15");
    expect(last(seen)).toMatchObject({ fontName: "TH Sarabun New", fontSize: 15, agency: "เทศบาลตำบลทดสอบ", year: 2567 });
  });

  test("an invalid value says what is allowed and is not kept; clearing a field clears the setting", () => {
    const seen: UserSettings[] = [];
    render(<Harness initial={{ year: 2568 }} seen={seen} />);
    type("ปีที่ประเมิน (พ.ศ.)", "1999");
    expect(screen.getByText("ใส่ปี พ.ศ. ระหว่าง 2557 ถึง 2650")).toBeTruthy();
    expect(last(seen).year).toBeUndefined();
    type("เป้าหมายคะแนน", "120");
    expect(screen.getByText("ใส่คะแนนมากกว่า 0 ถึง 100")).toBeTruthy();
    expect(last(seen).target).toBeUndefined();
    type("ปีที่ประเมิน (พ.ศ.)", "2566");
    expect(screen.queryByText("ใส่ปี พ.ศ. ระหว่าง 2557 ถึง 2650")).toBeNull();
    expect(last(seen).year).toBe(2566);
  });

  test("responsible units per ประเด็น: defaults as placeholders, comma-separated names kept as a list", () => {
    const seen: UserSettings[] = [];
    render(<Harness initial={{ units: { 2: ["กองคลัง"] } }} seen={seen} />);
    const first = screen.getByLabelText("ประเด็นที่ 1 การปฏิบัติหน้าที่");
    expect(first.getAttribute("placeholder")).toBe("สำนักปลัด");
    expect((screen.getByLabelText("ประเด็นที่ 2 การใช้งบประมาณ") as HTMLInputElement).value).toBe("กองคลัง");
    type("ประเด็นที่ 1 การปฏิบัติหน้าที่", "สำนักปลัด, กองการศึกษา ,");
    expect(last(seen).units).toEqual({ 1: ["สำนักปลัด", "กองการศึกษา"], 2: ["กองคลัง"] });
    type("ประเด็นที่ 2 การใช้งบประมาณ", "");
    expect(last(seen).units).toEqual({ 1: ["สำนักปลัด", "กองการศึกษา"] });
  });

  describe("ข้อมูลเอกสาร (cover, memo, signatures)", () => {
    const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const emblemInput = () => document.querySelector('input[type="file"][accept*="png"]') as HTMLInputElement;
    const summary = () => screen.getByText(/^ข้อมูลเอกสาร/, { selector: "summary" });
    /** As the user does: the section is closed until its heading is clicked. */
    const open = () => {
      fireEvent.click(summary());
      expect((summary().parentElement as HTMLDetailsElement).open).toBe(true);
    };

    test("closed at first; every fact typed is kept, trimmed, with the Thai date as ISO", () => {
      const seen: UserSettings[] = [];
      render(<Harness initial={{ digits: "arabic" }} seen={seen} />);
      expect((summary().parentElement as HTMLDetailsElement).open).toBe(false);
      open();
      type("ส่วนราชการ (หน่วยงานที่จัดทำ)", " สำนักปลัดเทศบาล เทศบาลตำบลควนเสารัง ");
      type("อำเภอ", "ควนขนุน");
      type("จังหวัด", "พัทลุง");
      type("ที่ (เลขที่หนังสือ)", "พท ๕๑๐๐๑/๑๒๓");
      type("ลงวันที่ (วัน/เดือน/ปี พ.ศ.)", "๑๕ มี.ค. ๒๕๖๙");
      expect(screen.getByText("คือวันที่ 15 มีนาคม 2569")).toBeTruthy();
      fireEvent.change(screen.getByLabelText("รอบการรายงานผล"), { target: { value: "12" } });
      type("ชื่อ-สกุล", "นางสาวสมใจ ใจดี");
      type("ตำแหน่ง", "นักวิเคราะห์นโยบายและแผน");
      type("ชื่อ-สกุล ลำดับที่ 3", "นายซี ");
      expect(last(seen)).toEqual({
        digits: "arabic",
        document: {
          office: "สำนักปลัดเทศบาล เทศบาลตำบลควนเสารัง",
          district: "ควนขนุน",
          province: "พัทลุง",
          number: "พท ๕๑๐๐๑/๑๒๓",
          date: "2026-03-15",
          round: 12,
          preparer: { name: "นางสาวสมใจ ใจดี", position: "นักวิเคราะห์นโยบายและแผน" },
          // The blank steps keep their places: their positions default by agency kind.
          chain: [{}, {}, { name: "นายซี" }],
        },
      });
      // A space typed between names stays in the field while typing.
      expect((screen.getByLabelText("ชื่อ-สกุล ลำดับที่ 3") as HTMLInputElement).value).toBe("นายซี ");
      expect(summary().textContent).toBe("ข้อมูลเอกสาร (ปก บันทึกข้อความ ผู้ลงนาม) — กรอกแล้ว 8 รายการ");
    });

    test("the chain: three steps by the agency's kind; add and remove steps; the head last", () => {
      const seen: UserSettings[] = [];
      render(<Harness initial={{ agency: "องค์การบริหารส่วนตำบลสิงห์" }} seen={seen} />);
      open();
      const positions = () => screen.getAllByLabelText(/^ตำแหน่ง ลำดับที่/).map((e) => e.getAttribute("placeholder"));
      expect(positions()).toEqual(["หัวหน้าสำนักปลัด", "ปลัดองค์การบริหารส่วนตำบล", "นายกองค์การบริหารส่วนตำบล"]);
      fireEvent.click(screen.getByText("เพิ่มผู้ลงนาม"));
      expect(positions()).toEqual(["หัวหน้าสำนักปลัด", "รองปลัดองค์การบริหารส่วนตำบล", "ปลัดองค์การบริหารส่วนตำบล", "นายกองค์การบริหารส่วนตำบล"]);
      expect(last(seen).document?.chain).toHaveLength(4);
      type("ตำแหน่ง ลำดับที่ 4", "นายก อบต.สิงห์");
      fireEvent.click(screen.getByLabelText("ลบลำดับที่ 1"));
      expect(last(seen).document?.chain).toEqual([{}, {}, { position: "นายก อบต.สิงห์" }]);
      expect((screen.getByLabelText("ตำแหน่ง ลำดับที่ 3") as HTMLInputElement).value).toBe("นายก อบต.สิงห์");
      // The agency typed in the panel gives the words.
      type("ชื่อหน่วยงาน", "เทศบาลตำบลควนเสารัง");
      expect(positions()).toEqual(["หัวหน้าสำนักปลัดเทศบาล", "ปลัดเทศบาล", "นายกเทศมนตรี"]);
      for (let i = 0; i < 2; i++) fireEvent.click(screen.getByLabelText("ลบลำดับที่ 1"));
      // One step (the head) is always left; at most six.
      expect(screen.queryByLabelText("ลบลำดับที่ 1")).toBeNull();
      expect(last(seen).document?.chain).toEqual([{ position: "นายก อบต.สิงห์" }]);
      for (let i = 0; i < 5; i++) fireEvent.click(screen.getByText("เพิ่มผู้ลงนาม"));
      expect(screen.queryByText("เพิ่มผู้ลงนาม")).toBeNull();
      expect(last(seen).document?.chain).toHaveLength(6);
    });

    test("a date that is not one: red, says how to write it, not kept, holds the output back", () => {
      const seen: UserSettings[] = [];
      const invalid: boolean[] = [];
      render(<Harness initial={{ document: { date: "2026-03-15" } }} seen={seen} invalid={invalid} />);
      open();
      // A stored date shows as the clerk writes it.
      expect((screen.getByLabelText("ลงวันที่ (วัน/เดือน/ปี พ.ศ.)") as HTMLInputElement).value).toBe("15/3/2569");
      type("ลงวันที่ (วัน/เดือน/ปี พ.ศ.)", "31/2/2569");
      expect(screen.getByText("ใส่วันที่เป็น วัน/เดือน/ปี พ.ศ. เช่น 15/3/2569 หรือ 15 มีนาคม 2569")).toBeTruthy();
      expect(last(seen).document).toBeUndefined();
      expect(invalid.at(-1)).toBe(true);
      fireEvent.click(screen.getByText("ใช้วันนี้"));
      expect(last(seen).document?.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(invalid.at(-1)).toBe(false);
    });

    test("the emblem: a PNG is previewed and kept; a wrong or too large file says so in Thai; remove drops it", async () => {
      const seen: UserSettings[] = [];
      render(<Harness initial={{ document: { district: "ควนขนุน" } }} seen={seen} />);
      open();
      fireEvent.change(emblemInput(), { target: { files: [new File([PNG], "ครุฑ.png", { type: "image/png" })] } });
      const img = (await screen.findByAltText("ตราครุฑที่เลือกไว้")) as HTMLImageElement;
      expect(img.src).toBe(`data:image/png;base64,${Buffer.from(PNG).toString("base64")}`);
      expect(last(seen).document).toEqual({ district: "ควนขนุน", emblem: { base64: Buffer.from(PNG).toString("base64"), extension: "png" } });
      // A renamed PDF is not an image, whatever its name says.
      fireEvent.change(emblemInput(), { target: { files: [new File(["%PDF-1.7"], "ครุฑ.jpg", { type: "image/jpeg" })] } });
      expect((await screen.findByRole("alert")).textContent).toBe('ไฟล์ "ครุฑ.jpg" ไม่ใช่รูป PNG หรือ JPEG — เลือกรูปตราครุฑที่เป็นไฟล์ .png หรือ .jpg');
      const big = new Uint8Array(400_000);
      big.set(PNG);
      fireEvent.change(emblemInput(), { target: { files: [new File([big], "ใหญ่.png")] } });
      await waitFor(() => expect(screen.getByRole("alert").textContent).toContain('รูป "ใหญ่.png" มีขนาด 391 KB ใหญ่เกิน 293 KB'));
      // The emblem chosen before is still the one kept.
      expect(last(seen).document?.emblem?.extension).toBe("png");
      fireEvent.click(screen.getByText("ไม่ใช้รูปนี้"));
      expect(last(seen).document).toEqual({ district: "ควนขนุน" });
      expect(screen.queryByAltText("ตราครุฑที่เลือกไว้")).toBeNull();
    });
  });
});
