#!/usr/bin/env python3
"""Makes templates/reference.docx and templates/reference.odt, the reference documents
Pandoc takes the page setup and styles of DOCX and ODT reports from: Pandoc 2.17's own
defaults, with A4 pages, margins like the PDF's, a header that repeats the document's
title and a footer with "page / pages", table text in 8.5 pt as in the PDF.

    python3 tools/reference_docs.py templates/    # then commit both files

Run it again after a Pandoc upgrade. The archives are written with fixed dates, so the
same Pandoc gives the same bytes.
"""
import subprocess
import sys
import zipfile
from pathlib import Path

FIXED_DATE = (2026, 1, 1, 0, 0, 0)

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
PART = 'application/vnd.openxmlformats-officedocument.wordprocessingml.'
RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'


def field(instruction):
    """A simple Word field (PAGE, NUMPAGES, TITLE) as a run Word fills in."""
    return (f'<w:fldSimple w:instr="{instruction}"><w:r><w:t>1</w:t></w:r></w:fldSimple>')


def paragraph(content, align):
    return f'<w:p><w:pPr><w:jc w:val="{align}"/></w:pPr>{content}</w:p>'


# The document's title from its properties (privmap passes it to Pandoc as `title`):
# LibreOffice shows a STYLEREF field as a chapter number, a TITLE field as the title.
HEADER = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {W}>'
          + paragraph(field(' TITLE \\* MERGEFORMAT '), 'left')
          + '</w:hdr>')
FOOTER = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr {W}>'
          + paragraph(field(' PAGE ') + '<w:r><w:t xml:space="preserve"> / </w:t></w:r>'
                      + field(' NUMPAGES '), 'right')
          + '</w:ftr>')
# A4 (twentieths of a point), margins 20/16/22/16 mm as templates/print.css.
SECTION = ('<w:sectPr><w:headerReference w:type="default" r:id="rIdPrivmapHeader"/>'
           '<w:footerReference w:type="default" r:id="rIdPrivmapFooter"/>'
           '<w:pgSz w:w="11906" w:h="16838"/>'
           '<w:pgMar w:top="1134" w:right="907" w:bottom="1247" w:left="907" w:header="567"'
           ' w:footer="567" w:gutter="0"/></w:sectPr>')


def docx(parts):
    parts['word/document.xml'] = parts['word/document.xml'].replace(b'<w:sectPr />',
                                                                    SECTION.encode())
    parts['word/header1.xml'] = HEADER.encode()
    parts['word/footer1.xml'] = FOOTER.encode()
    relationships = (f'<Relationship Type="{RELATIONSHIP}header" Id="rIdPrivmapHeader"'
                     ' Target="header1.xml" />'
                     f'<Relationship Type="{RELATIONSHIP}footer" Id="rIdPrivmapFooter"'
                     ' Target="footer1.xml" /></Relationships>')
    parts['word/_rels/document.xml.rels'] = parts['word/_rels/document.xml.rels'].replace(
        b'</Relationships>', relationships.encode())
    types = (f'<Override PartName="/word/header1.xml" ContentType="{PART}header+xml" />'
             f'<Override PartName="/word/footer1.xml" ContentType="{PART}footer+xml" /></Types>')
    parts['[Content_Types].xml'] = parts['[Content_Types].xml'].replace(b'</Types>',
                                                                        types.encode())
    styles = parts['word/styles.xml'].decode()
    # Pandoc writes the `title` it gets as a Title paragraph; privmap's documents open with
    # their own first heading, so that paragraph only fills the document's properties and is
    # hidden.
    title = styles.index('w:styleId="Title"')
    title_end = styles.index('</w:style>', title)
    styles = (styles[:title] + styles[title:title_end]
              .replace('<w:spacing w:before="480" w:after="240" />',
                       '<w:spacing w:before="0" w:after="0" />')
              .replace('<w:color ', '<w:vanish /><w:color ')
              + styles[title_end:])
    # Table text in 8.5 pt, as the PDF's.
    table = styles.index('w:styleId="Table"')
    styles = styles[:table] + styles[table:].replace(
        '<w:tblPr>', '<w:rPr><w:sz w:val="17" /><w:szCs w:val="17" /></w:rPr><w:tblPr>', 1)
    parts['word/styles.xml'] = styles.encode()
    # Word fills in the table of contents and the header's title when it opens the file.
    parts['word/settings.xml'] = parts['word/settings.xml'].replace(
        b'</w:settings>', b'<w:updateFields w:val="true" /></w:settings>')
    return parts


def odt(parts):
    styles = parts['styles.xml'].decode()
    styles = styles.replace('fo:page-width="8.5in"', 'fo:page-width="21cm"')
    styles = styles.replace('fo:page-height="11in"', 'fo:page-height="29.7cm"')
    for side, size in (('top', '2cm'), ('bottom', '2.2cm'), ('left', '1.6cm'),
                       ('right', '1.6cm')):
        styles = styles.replace(f'fo:margin-{side}="1in"', f'fo:margin-{side}="{size}"', 1)
    styles = styles.replace('<style:header-style />', '<style:header-style>'
                            '<style:header-footer-properties fo:min-height="0.4in"'
                            ' fo:margin-bottom="0.2in" style:dynamic-spacing="false" />'
                            '</style:header-style>')
    old_footer = styles[styles.index('<style:footer>'):styles.index('</style:footer>')]
    styles = styles.replace(
        old_footer,
        '<style:header><text:p text:style-name="MP1">'
        '<text:chapter text:display="name" text:outline-level="1"/></text:p></style:header>'
        '<style:footer><text:p text:style-name="MP1">'
        '<text:page-number text:select-page="current">1</text:page-number> / '
        '<text:page-count>1</text:page-count></text:p>')
    styles = styles.replace('</office:styles>', HIDDEN_TITLE + CONTENTS_STYLES + '</office:styles>', 1)
    parts['styles.xml'] = styles.encode()
    return parts


# The Title paragraph Pandoc writes to fill the document's title property is hidden, as in
# reference.docx: the document opens with its own heading.
HIDDEN_TITLE = ('<style:style style:name="Title" style:family="paragraph"'
                ' style:parent-style-name="Heading"><style:text-properties text:display="none"/>'
                '</style:style>')

# The table of contents privmap writes into an ODT (reports/src/convert.cpp): its heading,
# two levels of entries with dotted leaders to the page number, and links in the text's colour.
CONTENTS_STYLES = (
    '<style:style style:name="Contents_20_Heading" style:display-name="Contents Heading"'
    ' style:family="paragraph" style:parent-style-name="Heading" style:class="index">'
    '<style:paragraph-properties fo:margin-top="0.17in" fo:margin-bottom="0.08in"/>'
    '<style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>'
    + ''.join(
        f'<style:style style:name="Contents_20_{level}" style:display-name="Contents {level}"'
        ' style:family="paragraph" style:parent-style-name="Index" style:class="index">'
        f'<style:paragraph-properties fo:margin-left="{indent}cm" fo:margin-top="0.03in">'
        '<style:tab-stops><style:tab-stop style:position="17.8cm" style:type="right"'
        ' style:leader-style="dotted" style:leader-text="."/></style:tab-stops>'
        '</style:paragraph-properties></style:style>'
        for level, indent in ((1, 0), (2, 0.5)))
    + '<style:style style:name="Index_20_Link" style:display-name="Index Link"'
    ' style:family="text"/>')


def rewrite(default, change, target):
    source = zipfile.ZipFile(__import__('io').BytesIO(default))
    names = source.namelist()
    parts = change({name: source.read(name) for name in names})
    with zipfile.ZipFile(target, 'w') as out:
        for name in names + sorted(set(parts) - set(names)):
            info = zipfile.ZipInfo(name, FIXED_DATE)
            # ODF wants its mimetype first and stored; the rest is deflated.
            info.compress_type = (zipfile.ZIP_STORED if name == 'mimetype'
                                  else zipfile.ZIP_DEFLATED)
            out.writestr(info, parts[name])


def main():
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else 'templates')
    for kind, change in (('docx', docx), ('odt', odt)):
        default = subprocess.run(['pandoc', '--print-default-data-file', f'reference.{kind}'],
                                 check=True, capture_output=True).stdout
        rewrite(default, change, folder / f'reference.{kind}')


if __name__ == '__main__':
    main()
