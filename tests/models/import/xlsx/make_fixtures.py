#!/usr/bin/env python3
"""Writes the XLSX fixtures of `privmap import --from xlsx` (clean, gaps, unmappable, a
processor's register, and a workbook without a register) from the
rows below: a minimal SpreadsheetML package with inline strings, as Excel and LibreOffice
read it. Run it again after changing a row; the files are byte-for-byte reproducible."""
import pathlib
import zipfile
from xml.sax.saxutils import escape

HERE = pathlib.Path(__file__).resolve().parent

# The ICO's documentation template for controllers (its column headings, one row an activity).
ICO = [
    "Business function", "Purpose of processing", "Categories of individuals",
    "Categories of personal data", "Categories of recipients",
    "Article 6 lawful basis for processing personal data",
    "Article 9 basis for processing special category data",
    "Retention schedule (if possible)", "Location of personal data",
]
# The ICO's documentation template for processors (Art. 30(2): for whom, what, transfers, security).
ICO_PROCESSOR = [
    "Name and contact details of controller", "Categories of processing",
    "Names of third countries or international organisations that personal data are "
    "transferred to (if applicable)",
    "Safeguards for exceptional transfers of personal data to third countries or international "
    "organisations (if applicable)",
    "General description of technical and organisational security measures (if applicable)",
]
# The AP's model register (nl).
AP = ["Naam verwerking", "Doel van de verwerking", "Categorieën van betrokkenen",
      "Categorieën van persoonsgegevens", "Categorieën van ontvangers", "Grondslag",
      "Bewaartermijn"]

# The organisation, as the workbook's Company property (docProps/app.xml) says it, or none.
COMPANY = {"clean.xlsx": "Bakkerij De Korenschoof B.V.", "unmappable.xlsx": "FitLife Studios B.V.",
           "processor.xlsx": "Loonservice Midden B.V."}

FIXTURES = {
    "clean.xlsx": [("Controller", [
        ICO,
        ["HR", "Payroll", "Employees", "Name; Bank account number (IBAN); Salary",
         "", "Legal obligation", "", "7 years", "Payroll system (Netherlands)"],
        ["Sales", "Newsletter", "Customers", "Name; E-mail address", "",
         "Consent", "", "2 years", "CRM (Ireland)"],
    ])],
    "gaps.xlsx": [("Register", [
        ["Verwerkingsregister Sportclub Vooruit"],
        AP,
        ["Ledenadministratie", "Ledenadministratie", "Leden", "NAW-gegevens; Gezondheid", "", "", ""],
        ["Camerabewaking", "", "", "Camerabeelden", "Beveiligingsbedrijf", "Gerechtvaardigd belang",
         "4 weken"],
    ])],
    "unmappable.xlsx": [("Controller", [
        ICO + ["Personal data breach?"],
        ["Marketing", "Profiling of visitors", "Website visitors", "Cookie identifiers; Shoe size",
         "Ad network", "Because we need it", "Because they agreed", "until further notice",
         "The cloud", "No"],
    ]), ("Notes", [["Kept by the office manager"]])],
    "processor.xlsx": [("Processing", [
        ICO_PROCESSOR,
        ["Bakkerij De Korenschoof B.V.\nDorpsstraat 1, 3511 AB Utrecht\nprivacy@korenschoof.example",
         "Payroll", "United States", "Standard contractual clauses", "Encryption at rest"],
        ["Sportclub Vooruit, Sportlaan 2, Zeist, mailto:secretaris@vooruit.example; "
         "FitLife Studios B.V.", "Payroll", "Atlantis; India", "None; Trust us", ""],
    ])],
    "notes.xlsx": [("Notes", [["Kept by the office manager"], ["Nothing else"]])],
}


def column(index):
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


def sheet_xml(rows):
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for r, row in enumerate(rows, 1):
        out.append(f'<row r="{r}">')
        for c, value in enumerate(row):
            if value:
                out.append(f'<c r="{column(c)}{r}" t="inlineStr"><is><t>{escape(value)}</t></is></c>')
        out.append("</row>")
    out.append("</sheetData></worksheet>")
    return "".join(out)


def write(name, sheets):
    parts = {}
    if name in COMPANY:
        parts["docProps/app.xml"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
            f"<Company>{escape(COMPANY[name])}</Company></Properties>")
    parts |= {
        "[Content_Types].xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            + "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                      for i in range(1, len(sheets) + 1))
            + "</Types>",
        "_rels/.rels":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>",
        "xl/workbook.xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
            + "".join(f'<sheet name="{escape(title)}" sheetId="{i}" r:id="rId{i}"/>'
                      for i, (title, _) in enumerate(sheets, 1))
            + "</sheets></workbook>",
        "xl/_rels/workbook.xml.rels":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>'
                      for i in range(1, len(sheets) + 1))
            + "</Relationships>",
    }
    for i, (_, rows) in enumerate(sheets, 1):
        parts[f"xl/worksheets/sheet{i}.xml"] = sheet_xml(rows)
    with zipfile.ZipFile(HERE / name, "w", zipfile.ZIP_DEFLATED) as package:
        for part, text in parts.items():
            info = zipfile.ZipInfo(part, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            package.writestr(info, text.encode("utf-8"))


for fixture, content in FIXTURES.items():
    write(fixture, content)
