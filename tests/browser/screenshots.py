#!/usr/bin/env python3
"""Takes screenshots of the key pages of a built site at 375 and 1280 px wide, to look at.

Usage: screenshots.py SITE_DIR BASE_URL OUT_DIR [PAGE ...]
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check_site import Site, chromium, serve  # noqa: E402

DEFAULT_PAGES = ["", "outcomes/fair-work/", "progress/", "assessments/review-2026/", "commitments/", "conversations/"]


def main():
    site_dir, base_url, out = sys.argv[1:4]
    pages = sys.argv[4:] or DEFAULT_PAGES
    site = Site(site_dir, base_url)
    server = serve(site)
    origin = f"http://127.0.0.1:{server.server_address[1]}"
    driver = chromium("--hide-scrollbars")
    os.makedirs(out, exist_ok=True)
    try:
        for width in (375, 1280):
            for page in pages:
                driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                       {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600})
                driver.get(origin + site.base_path + page)
                height = driver.execute_script("return document.documentElement.scrollHeight")
                driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                       {"width": width, "height": min(height, 4000), "deviceScaleFactor": 1, "mobile": width < 600})
                name = (page.strip("/").replace("/", "-") or "home") + f"-{width}.png"
                driver.save_screenshot(os.path.join(out, name))
                print(os.path.join(out, name))
    finally:
        driver.quit()
        server.shutdown()


if __name__ == "__main__":
    main()
