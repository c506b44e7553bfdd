#!/usr/bin/env python3
"""Writes a synthetic partnership site of N entries for benchmarks, and the same
celebration pages as an equivalent Hugo site. Deterministic: the same N gives the same files.

Usage: generate.py N OUT_DIR
Writes OUT_DIR/civic (the full partnership: N entries), OUT_DIR/civic-same (only the
celebration pages and what they need, the same pages as Hugo's) and OUT_DIR/hugo.
"""
import os
import random
import sys

WORDS = ("partnership council residents disabled access transport housing energy climate fair work "
         "community garden library school bus stop pavement crossing volunteers carers young older "
         "neighbourhood market budget review evidence plan together listen change future children "
         "health food warm homes green space river trees air clean safe open data report").split()


def sentence(rng, n):
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize()


def body(rng, n):
    """About 400 words with headings, a list, a small table, links and emphasis."""
    parts = []
    for section in range(3):
        parts.append(f"## {sentence(rng, 4)}\n")
        for _ in range(3):
            s = [sentence(rng, rng.randint(8, 16)) + "." for _ in range(3)]
            s[1] = s[1].replace(" ", " **", 1).replace(".", "**.", 1)
            parts.append(" ".join(s) + f" See [the {rng.choice(WORDS)} page](https://example.org/{n}/{section}) and *why it matters*.\n")
        if section == 1:
            parts.append("".join(f"- {sentence(rng, 6)}\n" for _ in range(5)))
        if section == 2:
            parts.append("| What | How many |\n|---|---:|\n" + "".join(f"| {sentence(rng, 3)} | {rng.randint(1, 999)} |\n" for _ in range(4)))
    return "\n".join(parts)


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    n = int(sys.argv[1])
    out = sys.argv[2]
    rng = random.Random(n)
    civic = os.path.join(out, "civic", "content")
    hugo = os.path.join(out, "hugo")
    write(os.path.join(civic, "site.yml"), "name: Benchmark Partnership\nlocality: Benchtown\nsummary: A synthetic partnership.\n"
          "base_url: https://example.org/\nlanguage: en-GB\nareas:\n  - {id: north, name: North}\n  - {id: south, name: South}\n")
    partners = [f"partner-{i}" for i in range(max(5, n // 500))]
    for i, p in enumerate(partners):
        write(os.path.join(civic, "partners", f"{p}.md"), f"---\nname: Partner {i}\nkind: {'local-authority' if i == 0 else 'civil-society'}\n---\n{sentence(rng, 20)}.\n")
    outcomes = [f"outcome-{i}" for i in range(max(8, n // 200))]
    pillars = ["environment", "economy", "social-justice"]
    for i, o in enumerate(outcomes):
        series = "".join(f"      - {{date: {1990 + y}, value: {rng.uniform(10, 90):.2f}}}\n" for y in range(35))
        write(os.path.join(civic, "outcomes", f"{o}.md"),
              f"---\ntitle: Outcome {i} is achieved\npillar: {pillars[i % 3]}\nsummary: {sentence(rng, 10)}.\nleads: {partners[i % len(partners)]}\n"
              f"indicators:\n  - id: measure\n    title: {sentence(rng, 5)}\n    unit: '%'\n    direction: increase\n"
              f"    baseline: {{date: 1990, value: 50}}\n    target: {{date: 2030, value: 95}}\n    data:\n{series}---\n{body(rng, i)}")
    reviews = 4
    for r in range(reviews):
        ratings = "".join(f"  la{q}: {rng.randint(0, 4)}\n  cso{q}: {rng.randint(0, 4)}\n" for q in range(1, 16))
        write(os.path.join(civic, "assessments", f"review-{r}.md"),
              f"---\ntitle: Review {r}\ndate: {2020 + r}-03-01\nperiod: '{2020 + r}'\nratings:\n{ratings}---\n{sentence(rng, 30)}.\n")
    celebrations = n // 2
    commitments = n - celebrations - len(outcomes) - len(partners) - reviews
    for c in range(commitments):
        updates = "".join(f"  - {{date: 202{u}-0{u + 1}-15, progress: {u * 20}, note: \"{sentence(rng, 12)}.\"}}\n" for u in range(4))
        write(os.path.join(civic, "commitments", f"commitment-{c}.md"),
              f"---\ntitle: {sentence(rng, 7)}\nlead: {partners[c % len(partners)]}\noutcomes: [{outcomes[c % len(outcomes)]}, {outcomes[(c * 7) % len(outcomes)]}]\n"
              f"status: in-progress\nstart: 2020-01-01\ndue: 2027-12-31\narea: {'north' if c % 2 else 'south'}\nupdates:\n{updates}---\n{sentence(rng, 40)}.\n")
    # Hugo: the same celebration pages, front matter and bodies; minimal layouts with the same fields.
    write(os.path.join(hugo, "hugo.toml"), 'baseURL = "https://example.org/"\nlanguageCode = "en-gb"\ntitle = "Benchmark Partnership"\n'
          'disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n[markup.goldmark.renderer]\nunsafe = false\n')
    write(os.path.join(hugo, "layouts", "_default", "single.html"),
          '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{{ .Title }} – {{ .Site.Title }}</title>'
          '<link rel="stylesheet" href="/assets/style.css"></head><body><main><h1>{{ .Title }}</h1>'
          '<p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time></p>'
          '<div class="prose">{{ .Content }}</div></main></body></html>\n')
    write(os.path.join(hugo, "layouts", "_default", "list.html"),
          '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><main><h1>{{ .Title }}</h1>'
          '<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></main></body></html>\n')
    write(os.path.join(hugo, "layouts", "index.html"), '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{{ .Site.Title }}</title></head><body><h1>{{ .Site.Title }}</h1></body></html>\n')
    for c in range(celebrations):
        front = f"title: {sentence(rng, 6)}\ndate: 2024-{(c % 12) + 1:02d}-{(c % 28) + 1:02d}\n"
        text = body(rng, c)
        write(os.path.join(civic, "celebrations", f"celebration-{c}.md"),
              f"---\n{front}outcomes: [{outcomes[c % len(outcomes)]}]\npartners: [{partners[c % len(partners)]}]\n---\n{text}")
        write(os.path.join(hugo, "content", "celebrations", f"celebration-{c}.md"), f"---\n{front}---\n{text}")
        write(os.path.join(out, "civic-same", "content", "celebrations", f"celebration-{c}.md"), f"---\n{front}---\n{text}")
    write(os.path.join(out, "civic-same", "content", "site.yml"),
          "name: Benchmark Partnership\nlocality: Benchtown\nsummary: A synthetic partnership.\nbase_url: https://example.org/\nlanguage: en-GB\n")
    print(f"{n} entries: {celebrations} celebrations, {commitments} commitments, {len(outcomes)} outcomes, "
          f"{len(partners)} partners, {reviews} reviews")


if __name__ == "__main__":
    main()
