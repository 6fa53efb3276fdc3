/** @jest-environment jsdom */
import { fireEvent, render, screen } from "@testing-library/react";
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
function Harness(props: { initial: UserSettings; seen: UserSettings[] }) {
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
});
