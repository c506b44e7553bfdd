#!/bin/sh
# Makes a copy of a site into a git repository with two tagged editions, for the checks of
# archived editions (make site-checks): the example's content as edition-2025, then with a
# due date moved, a target changed and a celebration taken away as edition-2026; site.yml
# in the work tree then lists both. The project's own history gets no tag.
# Usage: tests/archive/make_editions.sh SITE_DIR DEST_DIR
set -eu
site=$1
dest=$2
rm -rf "$dest"
mkdir -p "$dest"
cp -R "$site/content" "$dest/content"
cd "$dest"
git() { command git -c user.name=civic -c user.email=civic@example.org -c commit.gpgsign=false -c tag.gpgsign=false "$@"; }
at() { GIT_AUTHOR_DATE="$1" GIT_COMMITTER_DATE="$1"; export GIT_AUTHOR_DATE GIT_COMMITTER_DATE; }
git init -q
git add content
at 2025-03-31T12:00:00+01:00
git commit -q -m "The 2025 edition"
git tag -a edition-2025 -m "Published at the annual meeting"
sed -i 's/^due: 2030-12-31$/due: 2031-06-30/' content/commitments/warm-homes-programme.md
sed -i 's/target: {date: 2030, value: 15}/target: {date: 2032, value: 12}/' content/outcomes/fair-work.md
git rm -q content/celebrations/pantry-first-birthday.md
at 2026-03-31T12:00:00+01:00
git commit -q -a -m "The 2026 edition"
git tag -a edition-2026 -m "Published at the annual meeting"
printf '\neditions: [edition-2025, edition-2026]\n' >> content/site.yml
