"""Documents made in code for the readers' tests and the speed bench: long reports, PDFs
(text with a ToUnicode map, optionally a ruled table, encrypted or image-only) and .docx files.

The PDFs are written by hand (no PDF library writes CJK text here): one Type0 font whose CIDs
are the characters' code points, so any text extractor reads the text back exactly.
"""

from __future__ import annotations

import io
import random
import zlib

_INDICATORS = (
    ("国地两税收入", "万元", 4000, 9000),
    ("全社会固定资产投资", "亿元", 3, 12),
    ("规上工业总产值", "亿元", 10, 30),
    ("社会消费品零售总额", "亿元", 2, 8),
    ("旅游收入", "万元", 800, 3000),
    ("一般公共预算收入", "万元", 3000, 7000),
)


def long_report(pages: int = 20, seed: int = 0) -> str:
    """A work report of about ``pages`` pages (some 1,400 characters a page): prose with
    figures of every common form, headings and filler sentences."""
    rng = random.Random(seed)
    out = []
    for page in range(pages):
        month = 2 + (page + seed) % 10
        out.append(f"{'一二三四五六七八九十'[page % 10]}、1-{month}月经济运行情况")
        for _ in range(8):
            name, unit, lo, hi = rng.choice(_INDICATORS)
            value = round(rng.uniform(lo, hi), 2)
            growth = round(rng.uniform(-5, 20), 1)
            share = round(rng.uniform(20, 99), 1)
            out.append(
                f"1-{month}月，全镇完成{name}{value}{unit}，同比增长{growth}%，占年计划的{share}%，"
                f"超序时进度{round(rng.uniform(0, 5), 1)}个百分点；预计全年完成{name}"
                f"{round(value * 2.1, 2)}{unit}。坚持稳中求进工作总基调，落实新发展理念，"
                "按照高质量发展的要求，坚持产城一体战略，打造优美城市，推动经济发展，"
                "加快转型升级，增进人民福祉，扎实推进经济健康快速发展。"
            )
        out.append(
            f"新签约项目{rng.randint(1, 9)}个，新增市场主体{rng.randint(50, 400)}户，"
            f"接待游客{rng.randint(2, 30)}万多人次，流转土地一千二百亩。"
        )
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- PDF


def _hex(text: str) -> str:
    return "".join(f"{ord(c):04X}" for c in text if ord(c) <= 0xFFFF)


def _wrap(line: str, width: int) -> list[str]:
    return [line[i : i + width] for i in range(0, len(line), width)] or [""]


_TOUNICODE = (
    "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
    "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
    "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
    + "".join(
        f"{min(100, 256 - b)} beginbfrange\n"
        + "".join(f"<{h:02X}00> <{h:02X}FF> <{h:02X}00>\n" for h in range(b, min(b + 100, 256)))
        + "endbfrange\n"
        for b in range(0, 256, 100)
    )
    + "endcmap CMapName currentdict /CMap defineresource pop end end\n"
)


def pdf_bytes(
    pages: list[str],
    *,
    table: list[list[str]] | None = None,
    encrypted: bool = False,
    image_only: bool = False,
    width: int = 38,
) -> bytes:
    """A PDF with one page per text (lines wrapped at ``width`` characters, the way a PDF
    breaks a paragraph), a ruled table on the first page if given, an /Encrypt dictionary
    that no empty password opens, or only an image (a scan without a text layer)."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    def stream(data: bytes, extra: str = "") -> bytes:
        packed = zlib.compress(data)
        head = f"<< /Length {len(packed)} /Filter /FlateDecode {extra}>>\nstream\n".encode()
        return head + packed + b"\nendstream"

    catalog = add(b"")  # filled in below
    pages_id = add(b"")
    tounicode = add(stream(_TOUNICODE.encode()))
    descriptor = add(
        b"<< /Type /FontDescriptor /FontName /Song /Flags 4 /FontBBox [0 -200 1000 900]"
        b" /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>"
    )
    cid = add(
        f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Song /CIDSystemInfo << /Registry "
        f"(Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor {descriptor} 0 R "
        f"/DW 1000 /CIDToGIDMap /Identity >>".encode()
    )
    font = add(
        f"<< /Type /Font /Subtype /Type0 /BaseFont /Song /Encoding /Identity-H "
        f"/DescendantFonts [{cid} 0 R] /ToUnicode {tounicode} 0 R >>".encode()
    )
    image = (
        add(
            stream(
                b"\x80" * 3,
                "/Type /XObject /Subtype /Image /Width 1 /Height 1 "
                "/ColorSpace /DeviceRGB /BitsPerComponent 8 ",
            )
        )
        if image_only
        else 0
    )
    kids = []
    for n, text in enumerate(pages):
        ops = []
        if image_only:
            ops.append("q 500 0 0 700 50 80 cm /Im1 Do Q")
        else:
            y = 800
            lines = [w for line in text.split("\n") for w in _wrap(line, width)]
            for line in lines:
                ops.append(f"BT /F1 12 Tf 50 {y} Td <{_hex(line)}> Tj ET")
                y -= 16
            if table and n == 0:
                ops += _table_ops(table, y - 20)
        content = add(stream("\n".join(ops).encode()))
        resources = f"/Font << /F1 {font} 0 R >>"
        if image_only:
            resources += f" /XObject << /Im1 {image} 0 R >>"
        kids.append(
            add(
                f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 595 842] "
                f"/Resources << {resources} >> /Contents {content} 0 R >>".encode()
            )
        )
    objects[catalog - 1] = f"<< /Type /Catalog /Pages {pages_id} 0 R >>".encode()
    objects[pages_id - 1] = (
        f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>"
    ).encode()
    encrypt = 0
    if encrypted:
        encrypt = add(
            b"<< /Filter /Standard /V 1 /R 2 /O <"
            + b"41" * 32
            + b"> /U <"
            + b"42" * 32
            + b"> /P -4 >>"
        )
    out = io.BytesIO()
    out.write(b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    out.write("".join(f"{o:010d} 00000 n \n" for o in offsets).encode())
    trailer = f"<< /Size {len(objects) + 1} /Root {catalog} 0 R"
    if encrypt:
        trailer += f" /Encrypt {encrypt} 0 R /ID [<{'ab' * 16}> <{'ab' * 16}>]"
    out.write(f"trailer\n{trailer} >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def _table_ops(table: list[list[str]], top: int) -> list[str]:
    """A ruled table: cell borders drawn as lines, the text in each cell."""
    col_w, row_h, left = 100, 20, 40
    ncols, nrows = len(table[0]), len(table)
    ops = ["0.5 w"]
    for r in range(nrows + 1):
        y = top - r * row_h
        ops.append(f"{left} {y} m {left + ncols * col_w} {y} l S")
    for c in range(ncols + 1):
        x = left + c * col_w
        ops.append(f"{x} {top} m {x} {top - nrows * row_h} l S")
    for r, row in enumerate(table):
        for c, cell in enumerate(row):
            x, y = left + c * col_w + 4, top - (r + 1) * row_h + 6
            ops.append(f"BT /F1 9 Tf {x} {y} Td <{_hex(cell)}> Tj ET")
    return ops


# ---------------------------------------------------------------- Word


def docx_bytes(paragraphs: list[str], table: list[list[str]] | None = None) -> bytes:
    """A .docx with these paragraphs, and a table after the first one if given."""
    import docx

    document = docx.Document()
    for i, text in enumerate(paragraphs):
        document.add_paragraph(text)
        if table and i == 0:
            t = document.add_table(rows=len(table), cols=len(table[0]))
            for r, row in enumerate(table):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
