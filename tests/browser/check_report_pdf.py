#!/usr/bin/env python3
"""Prints a report page to PDF in headless Chromium, on A4 and on US Letter, and reads it back.

Usage: check_report_pdf.py SITE_DIR BASE_URL REPORT_PATH [--expect TEXT ...] [--pages-dir DIR]

For each paper size the PDF must have the paper's size (pdfinfo), no blank page (pdftotext,
page by page), and every heading of the report's HTML, every figure it gives at the end of
the period and each --expect text in its text. With --pages-dir, the pages are also written
there as PNG images (pdftoppm), to be looked at.
"""
import argparse
import base64
import html.parser
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check_site import Site, chromium, serve  # noqa: E402

# Width and height in inches, and what pdfinfo calls the size.
PAPERS = {"A4": (8.27, 11.69, "A4"), "Letter": (8.5, 11.0, "letter")}


class ReportText(html.parser.HTMLParser):
    """The headings of the report (h1 to h4) and the texts of its counts, in words."""

    def __init__(self):
        super().__init__()
        self.headings, self.counts = [], []
        self._into = None
        self._text = ""
        self._in_main = False

    def handle_starttag(self, tag, attrs):
        if tag == "main":
            self._in_main = True
        if self._in_main and (tag in ("h1", "h2", "h3", "h4") or tag == "dd"):
            self._into, self._text = tag, ""

    def handle_endtag(self, tag):
        if tag == self._into:
            text = " ".join(self._text.split())
            if text:
                (self.counts if tag == "dd" else self.headings).append(text)
            self._into = None
        if tag == "main":
            self._in_main = False

    def handle_data(self, data):
        if self._into:
            self._text += data


def words(text):
    """Text with every run of white space one space, and hyphens at line ends joined."""
    return " ".join(text.replace("\u00ad", "").split())


def pdf_pages_text(pdf, count):
    return [subprocess.run(["pdftotext", "-f", str(i), "-l", str(i), "-layout", pdf, "-"],
                           check=True, capture_output=True, text=True).stdout for i in range(1, count + 1)]


def check(site, report_path, expected, pages_dir):
    page_file = os.path.join(site.root, report_path, "index.html")
    parser = ReportText()
    with open(page_file, encoding="utf-8") as f:
        parser.feed(f.read())
    wanted = parser.headings + expected
    if not parser.headings:
        return [f"{report_path}: the page has no headings to look for"]
    findings = []
    server = serve(site)
    driver = chromium("--window-size=1280,900", "--lang=en-GB")
    try:
        driver.get(f"http://127.0.0.1:{server.server_address[1]}{site.base_path}{report_path}")
        with tempfile.TemporaryDirectory() as work:
            for name, (width, height, size_word) in PAPERS.items():
                pdf = os.path.join(work, f"report-{name}.pdf")
                printed = driver.execute_cdp_cmd("Page.printToPDF", {"paperWidth": width, "paperHeight": height,
                                                                     "printBackground": False})
                with open(pdf, "wb") as f:
                    f.write(base64.b64decode(printed["data"]))
                info = subprocess.run(["pdfinfo", pdf], check=True, capture_output=True, text=True).stdout
                count = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
                size = re.search(r"^Page size:\s+(.*)$", info, re.M).group(1)
                if f"({size_word})" not in size:
                    findings.append(f"{name}: the pages are {size}, not {size_word}")
                pages = pdf_pages_text(pdf, count)
                for number, text in enumerate(pages, start=1):
                    if not text.strip():
                        findings.append(f"{name}: page {number} of {count} is blank")
                everything = words(" ".join(pages))
                for text in wanted:
                    if words(text) not in everything:
                        findings.append(f"{name}: the printed report does not say '{text}'")
                for figure in parser.counts:
                    if figure not in everything:
                        findings.append(f"{name}: the printed report lacks the count '{figure}'")
                print(f"  {name}: {count} pages, {size}; {len(wanted)} headings and texts, {len(parser.counts)} counts looked for")
                if pages_dir:
                    os.makedirs(pages_dir, exist_ok=True)
                    subprocess.run(["pdftoppm", "-r", "60", "-png", pdf, os.path.join(pages_dir, f"{report_path.strip('/').replace('/', '-')}-{name}")],
                                   check=True)
    finally:
        driver.quit()
        server.shutdown()
    return findings


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site")
    parser.add_argument("base_url")
    parser.add_argument("report_path", help="the report's path under the base URL, as reports/2025/")
    parser.add_argument("--expect", action="append", default=[], help="a text the printed report must contain")
    parser.add_argument("--pages-dir")
    args = parser.parse_args()
    site = Site(args.site, args.base_url)
    print(f"printing /{args.report_path} of {args.site}")
    findings = check(site, args.report_path, args.expect, args.pages_dir)
    for finding in findings:
        print(f"    {finding}")
    print(f"printed report: {len(findings)} findings")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
