"""LibreOffice Calc driven headless through python3-uno, for the print tests.

Run with Debian's /usr/bin/python3 (the only Python that imports uno):

  lo_calc.py lines  BOOK.xlsx              -> JSON: LibreOffice's own line count of every wrapped
                                              text cell (its optimal height of that text alone, in a
                                              scratch sheet with the same column widths and font)
  lo_calc.py edit   BOOK.xlsx SHEET ROW COL TEXT OUT.pdf
                                           -> appends TEXT to a cell as a user would (the row refits
                                              unless it is marked manually sized), then prints to OUT.pdf

ROW and COL are 0-based. Prints JSON on stdout.
"""
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


class Office:
    def __init__(self):
        self.pipe = "itas" + uuid.uuid4().hex[:8]
        self.profile = tempfile.mkdtemp(prefix="lo-uno-")
        self.proc = subprocess.Popen(
            ["soffice", "-env:UserInstallation=file://" + self.profile, "--headless", "--norestore", "--nologo",
             "--accept=pipe,name=%s;urp;" % self.pipe],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        for _ in range(240):
            try:
                ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % self.pipe)
                break
            except Exception:
                time.sleep(0.25)
        else:
            raise RuntimeError("LibreOffice did not start")
        self.desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)

    def open(self, path):
        return self.desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(path)), "_blank", 0, (prop("Hidden", True),))

    def close(self):
        try:
            self.desktop.terminate()
        except Exception:
            pass
        try:
            self.proc.wait(timeout=20)
        except Exception:
            self.proc.kill()


def wrapped_text_cells(sheet):
    """Every non-empty string cell with wrapping on, with what its height depends on."""
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    last_row, last_col = cursor.RangeAddress.EndRow, cursor.RangeAddress.EndColumn
    cols = sheet.Columns
    widths = [cols.getByIndex(c).Width for c in range(last_col + 1)]
    out = []
    for r in range(last_row + 1):
        for c in range(last_col + 1):
            cell = sheet.getCellByPosition(c, r)
            text = cell.getString()
            if not text or not cell.IsTextWrapped or cell.getType().value != "TEXT":
                continue
            merged = sheet.createCursorByRange(cell)
            merged.collapseToMergedArea()
            a = merged.RangeAddress
            if a.EndRow != a.StartRow:
                continue
            out.append({"row": r, "col": c, "to": a.EndColumn, "text": text,
                        "width": sum(widths[a.StartColumn:a.EndColumn + 1]),
                        "size": cell.CharHeight, "bold": cell.CharWeight > 100, "font": cell.CharFontName,
                        "rowHeight": sheet.Rows.getByIndex(r).Height})
    return out, widths


def lines_command(path):
    office = Office()
    try:
        doc = office.open(path)
        result = []
        sheets = doc.Sheets
        names = list(sheets.ElementNames)
        for name in names:
            cells, widths = wrapped_text_cells(sheets.getByName(name))
            if not cells:
                continue
            scratch_name = "scratch-" + uuid.uuid4().hex[:6]
            sheets.insertNewByName(scratch_name, sheets.Count)
            scratch = sheets.getByName(scratch_name)
            for c, w in enumerate(widths):
                scratch.Columns.getByIndex(c).Width = w
            # One cell per scratch row, alone, at the same width and font; refitted by LibreOffice.
            for i, cell in enumerate(cells):
                target = scratch.getCellByPosition(cell["col"], i)
                if cell["to"] > cell["col"]:
                    scratch.getCellRangeByPosition(cell["col"], i, cell["to"], i).merge(True)
                target.setString(cell["text"])
                target.CharFontName = cell["font"]
                target.CharFontNameComplex = cell["font"]
                target.CharHeight = cell["size"]
                target.CharHeightComplex = cell["size"]
                weight = 150.0 if cell["bold"] else 100.0
                target.CharWeight = weight
                target.CharWeightComplex = weight
                target.IsTextWrapped = True
            # Reference heights for 1..n lines of the same font: the line count is read off them.
            base = len(cells) + 2
            refs = {}
            for cell in cells:
                key = (cell["size"], cell["bold"], cell["font"])
                if key in refs:
                    continue
                refs[key] = base
                for n in range(1, 31):
                    target = scratch.getCellByPosition(0, base + n - 1)
                    target.setString("\n".join(["ก"] * n))
                    target.CharFontName = cell["font"]
                    target.CharFontNameComplex = cell["font"]
                    target.CharHeight = cell["size"]
                    target.CharHeightComplex = cell["size"]
                    target.CharWeight = 150.0 if cell["bold"] else 100.0
                    target.CharWeightComplex = target.CharWeight
                    target.IsTextWrapped = True
                base += 31
            rows = scratch.Rows
            rows.getByIndex(0)  # touch
            scratch.getCellRangeByPosition(0, 0, len(widths) - 1, base).Rows.OptimalHeight = True
            for key, start in refs.items():
                refs[key] = [rows.getByIndex(start + n).Height for n in range(30)]
            for i, cell in enumerate(cells):
                h = rows.getByIndex(i).Height
                ref = refs[(cell["size"], cell["bold"], cell["font"])]
                lines = min(range(30), key=lambda n: abs(ref[n] - h)) + 1
                result.append({"sheet": name, "row": cell["row"], "col": cell["col"], "to": cell["to"], "text": cell["text"],
                               "widthMm100": cell["width"], "size": cell["size"], "bold": cell["bold"],
                               "loLines": lines, "optimalHeightPt": h / 2540 * 72, "storedHeightPt": cell["rowHeight"] / 2540 * 72,
                               "onePt": ref[0] / 2540 * 72, "twoPt": ref[1] / 2540 * 72})
            sheets.removeByName(scratch_name)
        doc.close(True)
    finally:
        office.close()
    json.dump(result, sys.stdout, ensure_ascii=False)


def edit_command(path, sheet_name, row, col, text, pdf):
    office = Office()
    try:
        doc = office.open(path)
        sheet = doc.Sheets.getByName(sheet_name)
        cell = sheet.getCellByPosition(col, row)
        before = sheet.Rows.getByIndex(row).Height
        # As typed: the cell's text replaced through the text interface, which refits an
        # optimal-height row the way an edit in the cell does.
        cell.setString(cell.getString() + text)
        r = sheet.Rows.getByIndex(row)
        if r.OptimalHeight:
            r.OptimalHeight = True
        after = r.Height
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(pdf)), (prop("FilterName", "calc_pdf_Export"),))
        json.dump({"optimal": bool(r.OptimalHeight), "beforePt": before / 2540 * 72, "afterPt": after / 2540 * 72,
                   "text": cell.getString()}, sys.stdout, ensure_ascii=False)
        doc.close(True)
    finally:
        office.close()


if __name__ == "__main__":
    if sys.argv[1] == "lines":
        lines_command(sys.argv[2])
    elif sys.argv[1] == "edit":
        edit_command(sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]), sys.argv[6], sys.argv[7])
    else:
        raise SystemExit(__doc__)
