#!/usr/bin/env python3
"""The search box of /search/ in headless Chromium: nothing is fetched for it until the box
is used; typed queries give the expected first result, the count is said in a polite live
region, the match is marked, the keyboard moves from the box to the results and back; axe
finds nothing with results showing (light and dark schemes); what one query transfers is
measured and must stay under --max-kb.

Usage: check_search.py SITE_DIR BASE_URL [--max-kb 300] QUERY=FIRST_TITLE[@LANG] ...
(QUERY= alone expects no result; @LANG, the first result's lang attribute, for an entry
shown in another language than the page's.)
"""
import argparse
import sys

from check_site import AXE_TAGS, Site, axe_findings, chromium, serve


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site")
    parser.add_argument("base_url")
    parser.add_argument("--max-kb", type=int, default=300)
    parser.add_argument("queries", nargs="+", help="QUERY=EXPECTED FIRST RESULT'S TITLE")
    args = parser.parse_args()

    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    site = Site(args.site, args.base_url)
    server = serve(site)
    url = f"http://127.0.0.1:{server.server_address[1]}{site.base_path}search/"
    driver = chromium("--window-size=1280,900")
    driver.set_script_timeout(600)
    findings = []
    resources = "return performance.getEntriesByType('resource').map(e => [e.name, e.transferSize, e.encodedBodySize]);"
    print(f"searching {args.site}")
    try:
        for pair in args.queries:
            query, expected = pair.split("=", 1)
            expected, _, expected_lang = expected.partition("@")
            expected = expected or None
            driver.get(url)
            box = driver.find_element(By.ID, "search-query")
            label = driver.find_element(By.CSS_SELECTOR, "label[for='search-query']").text
            if not label:
                findings.append("the search box has no label")
            if any("search/index.json" in name for name, _, _ in driver.execute_script(resources)):
                findings.append("the index was fetched before the box was used")
            box.click()
            box.send_keys(query)
            status = driver.find_element(By.CSS_SELECTOR, "#site-search [role=status]")
            # Waits for the event (the live region speaking, with the query as typed), not for a time.
            WebDriverWait(driver, 30).until(lambda d: query in status.text)
            links = driver.find_elements(By.CSS_SELECTOR, ".search-results li > a:first-child")
            first = links[0].text if links else None
            print(f"  {query!r}: {len(links)} shown, first {first!r}; said {status.text!r}")
            if first != expected:
                findings.append(f"{query!r}: the first result is {first!r}, not {expected!r}")
            # The title's language, and its excerpt's: none of their own, or the one expected.
            if links:
                langs = {links[0].get_attribute("lang") or ""}
                langs.update(p.get_attribute("lang") or "" for p in
                             driver.find_elements(By.CSS_SELECTOR, ".search-results li:first-child > .excerpt"))
                if langs != {expected_lang}:
                    findings.append(f"{query!r}: the first result is marked lang={sorted(langs)}, not {expected_lang!r}")
            if status.get_attribute("aria-live") != "polite":
                findings.append("the count is not in a polite live region")
            fetched = [(size, body) for name, size, body in driver.execute_script(resources) if "search/index.json" in name]
            if len(fetched) != 1:
                findings.append(f"{query!r}: the index was fetched {len(fetched)} times")
            else:
                size = max(fetched[0])
                print(f"  one query transferred {size / 1024:.0f} KB of index (search.js beside it)")
                if size > args.max_kb * 1024:
                    findings.append(f"{query!r}: the index is {size / 1024:.0f} KB, more than {args.max_kb} KB")
            if links:
                box.send_keys(Keys.TAB)
                if driver.switch_to.active_element != links[0]:
                    findings.append(f"{query!r}: Tab from the box does not reach the first result")
                driver.switch_to.active_element.send_keys(Keys.SHIFT, Keys.TAB)
                if driver.switch_to.active_element != box:
                    findings.append(f"{query!r}: Shift+Tab from the first result does not return to the box")
            for scheme in ("light", "dark"):
                driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                                       {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
                findings += axe_findings(driver, f"{query!r} with results ({scheme})",
                                         {"runOnly": {"type": "tag", "values": AXE_TAGS}})
            driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
        marks = driver.find_elements(By.CSS_SELECTOR, ".search-results mark")
        print(f"  marked matches on the last query: {len(marks)}")
    finally:
        driver.quit()
        server.shutdown()
    for finding in findings:
        print(f"    {finding}")
    print(f"search: {len(findings)} findings")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
