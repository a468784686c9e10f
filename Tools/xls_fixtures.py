#!/usr/bin/env python3
"""Writes the old Excel workbooks (.xls, BIFF8) the workbook reader's tests read
(Tests/WinnowFormatsTests/Fixtures) and, beside each, NAME.xls.json: its first sheet's rows
as xlrd reads them (numbers whole without a fraction, booleans TRUE / FALSE, trailing empty
cells and rows left out), the second reading the tests compare with. Written by xlwt (as
many sites' "export to Excel" does) and, when LibreOffice is installed, the same workbook
written again by LibreOffice (as Excel lays a file out: shared strings split over CONTINUE
records, even inside a character's two UTF-16 halves; formulas' results cached). Every
text is written here (no rows of ../shared).

usage: Tools/xls_fixtures.py [OUT_DIR]     (pip install xlwt xlrd)"""
import json, os, shutil, subprocess, sys, tempfile
import xlrd, xlwt

out = sys.argv[1] if len(sys.argv) > 1 else "Tests/WinnowFormatsTests/Fixtures"
os.makedirs(out, exist_ok=True)
from fixture_text import rng, sentence

def table():
    rows = [["id", "author", "text", "likes", "created", "flagged"]]
    for i in range(200):
        # One in 50 comments long enough that the string table crosses records within it.
        text = sentence(rng.randint(3, 30) if i % 50 else 1500)
        rows.append([1739468000 + i, rng.choice(["Ann", "Bo", "Zoë", "李", ""]), text,
                     rng.randint(0, 900), 45000 + i / 7, i % 3 == 0])
    rows[7][2] = "multi\nline comment, with a tab\tinside"
    return rows

def write_xlwt(path, rows, formula=True):
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Comments")
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value == "": continue  # an empty cell is left out, as Excel leaves it
            sheet.write(r, c, value)
    if formula:
        sheet.write(len(rows), 0, xlwt.Formula('"f"&"x"'))
        sheet.write(len(rows), 2, xlwt.Formula("1+2"))
    book.add_sheet("Other").write(0, 0, "not the first sheet")
    book.save(path)

def write_libreoffice(path, source):
    """LibreOffice's own writing of `source` (its formulas recalculated, their results kept)."""
    if not shutil.which("soffice"):
        print("LibreOffice not installed: " + path + " not written", file=sys.stderr)
        return False
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", "--headless", "--convert-to", "xls", "--outdir", tmp, source],
                       check=True, capture_output=True)
        shutil.move(os.path.join(tmp, os.path.basename(source)), path)
    return True

def shown(cell):
    if cell.ctype == xlrd.XL_CELL_NUMBER:
        v = cell.value
        return str(int(v)) if v == int(v) and abs(v) < 1e15 else repr(v)
    if cell.ctype == xlrd.XL_CELL_BOOLEAN: return "TRUE" if cell.value else "FALSE"
    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR): return ""
    return cell.value

# xlrd decodes each record's piece of a string apart, so a character split between its two
# UTF-16 halves (LibreOffice splits emoji so) fails; read the halves and pair them after.
xlrd.book.unicode = lambda b, enc: b.decode(enc, "surrogatepass")

def paired(text):
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le") if isinstance(text, str) else text

def expect(path):
    sheet = xlrd.open_workbook(path).sheet_by_index(0)
    rows = []
    for r in range(sheet.nrows):
        row = [paired(shown(c)) for c in sheet.row(r)]
        while row and row[-1] == "": row.pop()
        rows.append(row)
    while rows and not rows[-1]: rows.pop()
    with open(path + ".json", "w", encoding="utf-8") as f:
        json.dump(rows, f, ensure_ascii=False, indent=0)

rows = table()
write_xlwt(os.path.join(out, "comments-xlwt.xls"), rows)
expect(os.path.join(out, "comments-xlwt.xls"))
# A small workbook: its records fit in the container's mini stream (under 4,096 bytes).
write_xlwt(os.path.join(out, "small.xls"), [["id", "text"], [1, "ok then"], [2.5, "a, b"]], formula=False)
expect(os.path.join(out, "small.xls"))
if write_libreoffice(os.path.join(out, "comments-libreoffice.xls"), os.path.join(out, "comments-xlwt.xls")):
    expect(os.path.join(out, "comments-libreoffice.xls"))

# Labeled data kept in Excel: trains the model Data/labeled-example.csv trains.
with open("Data/labeled-example.csv", encoding="utf-8") as f:
    import csv
    labeled = list(csv.reader(f))
book = xlwt.Workbook(encoding="utf-8")
sheet = book.add_sheet("labels")
for r, row in enumerate(labeled):
    for c, value in enumerate(row): sheet.write(r, c, value)
book.save(os.path.join(out, "labeled-example.xls"))
