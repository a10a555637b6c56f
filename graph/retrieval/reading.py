"""Reading a document's text: Markdown and plain text as they are, HTML as the text a
reader sees (navigation and comments left out), PDF page by page; and the checks that
a file is what its name says. Kept apart from ingestion so that an uploaded file can
be read in a process of its own, with a time and memory limit (service/parsing.py).
"""

from __future__ import annotations

import re

#: File types read as text (UTF-8), as HTML, or as PDF.
TEXT_SUFFIXES = {".md", ".markdown", ".txt", ".rst", ".csv", ".log"}
HTML_SUFFIXES = {".html", ".htm"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | {".pdf", ".docx"}

#: Most pages a PDF may have (a 10,000-page file is refused, not read for minutes).
MAX_PDF_PAGES = 2000


class Unreadable(ValueError):
    """A file that cannot be ingested; the message says why."""


#: Elements that hold a site's navigation rather than the page's content.
_NAVIGATION = re.compile(r"sidebar|navheader|navfooter|related|breadcrumb|headerlink|footer")
#: Boxes set inside a section (DocBook's `<div class="note"><h3>Note</h3>`): their
#: headings are labels, not sections.
_ASIDE = re.compile(r"^(note|tip|warning|caution|important|admonition|sidebar)$")
_BLOCKS = (
    "p div section article li dt dd tr table ul ol dl blockquote h4 h5 h6 caption figure figcaption"
).split()


def html_to_markdown(html: str) -> str:
    """The visible text of a page as Markdown-ish text: h1-h3 as headings (so chunks
    keep their section path), <pre> as fenced code (so code is never cut in the
    middle), block elements as paragraphs, and navigation left out."""
    from bs4 import BeautifulSoup, Comment, Declaration, Doctype, NavigableString
    from bs4.element import ProcessingInstruction

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "noscript", "template", "nav"]):
        tag.decompose()
    markup = (Comment, Declaration, Doctype, ProcessingInstruction)
    for node in soup.find_all(string=lambda s: isinstance(s, markup)):
        node.extract()
    for tag in soup.find_all(class_=_NAVIGATION):
        if not tag.decomposed:
            tag.decompose()
    for string in soup.find_all(string=True):  # HTML whitespace means nothing outside <pre>
        if string.find_parent("pre") is None and string.parent is not None:
            string.replace_with(NavigableString(re.sub(r"\s+", " ", str(string))))
    for pre in soup.find_all("pre"):
        pre.replace_with(f"\n\n```\n{pre.get_text().strip(chr(10))}\n```\n\n")
    for level in (1, 2, 3):
        for heading in soup.find_all(f"h{level}"):
            title = heading.get_text(" ", strip=True).replace("\u00b6", "").strip()
            if heading.find_parent(class_=_ASIDE) is not None:
                # the title of a note inside a section, not a section of its own:
                # as a heading it would name every paragraph after the note
                heading.replace_with(f"\n\n{title}:\n\n")
            else:
                heading.replace_with(f"\n\n{'#' * level} {title}\n\n")
    for tag in soup.find_all(_BLOCKS):
        tag.insert_before("\n\n")
        tag.insert_after("\n\n")
    for cell in soup.find_all(["td", "th"]):
        cell.insert_after(" ")
    for br in soup.find_all("br"):
        br.replace_with("\n")
    page_title = soup.title.get_text(strip=True) if soup.title else ""
    if soup.title:
        soup.title.decompose()
    lines: list[str] = []
    in_code = False
    for line in soup.get_text().splitlines():
        in_code ^= line.startswith("```")
        lines.append(line.rstrip() if in_code or line.startswith("```") else line.strip())
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return f"# {page_title}\n\n{text}" if page_title and not text.startswith("#") else text


def pdf_to_text(data: bytes, max_pages: int = MAX_PDF_PAGES) -> str:
    """The text of every page of a PDF, pages separated by blank lines."""
    import io

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError, PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise Unreadable("the PDF is encrypted: upload it without a password")
        pages = len(reader.pages)
        if pages > max_pages:
            raise Unreadable(f"{pages} pages is over the limit of {max_pages}")
        return "\n\n".join(page.extract_text() or "" for page in reader.pages)
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise Unreadable(f"not a readable PDF ({exc})") from exc
    except RecursionError as exc:
        raise Unreadable("not a readable PDF (its structure nests too deeply)") from exc


#: Most a Word file may hold once unpacked (its zip members together): a zip bomb stops here.
MAX_DOCX_UNPACKED = 200 * 1024 * 1024


def docx_to_text(data: bytes) -> str:
    """A Word document's headings (as Markdown headings), paragraphs and tables."""
    import io
    import zipfile

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        unpacked = sum(member.file_size for member in archive.infolist())
    except zipfile.BadZipFile as exc:
        raise Unreadable("the file is named .docx but is not a Word document") from exc
    if unpacked > MAX_DOCX_UNPACKED:
        raise Unreadable(f"it unpacks to {unpacked} bytes, over {MAX_DOCX_UNPACKED}")
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError) as exc:
        raise Unreadable(f"not a readable Word document ({exc})") from exc
    lines = []
    for paragraph in document.paragraphs:
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        level = style.removeprefix("Heading ").strip()
        prefix = "#" * int(level) + " " if style.startswith("Heading ") and level.isdigit() else ""
        lines.append(prefix + paragraph.text)
    for table in document.tables:
        lines.extend(" | ".join(cell.text for cell in row.cells) for row in table.rows)
    return "\n\n".join(line for line in lines if line.strip())


def suffix_of(name: str) -> str:
    dot = name.rfind(".")
    return name[dot:].lower() if dot > 0 else ""


def document_text(name: str, data: bytes, max_pdf_pages: int = MAX_PDF_PAGES) -> str:
    """The text of a file called `name`, or `Unreadable` saying why not: an unsupported
    type, content that is not what the name says (a PDF named .txt, binary in a text
    file), a PDF that is encrypted, damaged or too long, a file with no text."""
    suffix = suffix_of(name)
    if suffix not in SUPPORTED:
        raise Unreadable(
            f"unsupported file type {suffix or '(none)'}; supported: {', '.join(sorted(SUPPORTED))}"
        )
    if suffix == ".pdf":
        if not data.lstrip()[:5] == b"%PDF-":
            raise Unreadable("the file is named .pdf but is not a PDF")
        text = pdf_to_text(data, max_pdf_pages)
    elif suffix == ".docx":
        text = docx_to_text(data)
    else:
        if data[:5] == b"%PDF-" or data[:4] == b"PK\x03\x04":
            raise Unreadable(f"the file is named {suffix} but holds a PDF or an archive")
        if b"\x00" in data:
            raise Unreadable("binary content in a text file")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise Unreadable("not UTF-8 text") from exc
        if suffix in HTML_SUFFIXES:
            text = html_to_markdown(text)
    if not text.strip():
        raise Unreadable("no text in it")
    return text
