#!/usr/bin/env bash
# Fails when a catalogue in translations/ is out of date with the code (a string added, changed or
# removed since the last lupdate) or holds an unfinished translation, so no string reaches a
# release untranslated. Refresh with the lupdate commands in translations/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=/usr/lib/qt6/bin
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
for ts in translations/picta_*.ts; do
    name=$(basename "$ts")
    cp "$ts" "$tmp/$name"
    extra=()
    [ "$name" = picta_en.ts ] && extra=(-pluralonly)
    # (its warnings about torch and tr()-only classes are noise here: the comparison below decides)
    "$bin/lupdate" -silent -no-obsolete -locations none "${extra[@]}" core ui app -ts "$tmp/$name" 2>/dev/null
    if ! cmp -s "$ts" "$tmp/$name"; then
        echo "check-translations: $ts is out of date with the code (strings added, changed or removed):"
        diff -u "$ts" "$tmp/$name" | grep '^[-+] *<source>' | head -20 || true
        status=1
    fi
    report=$("$bin/lrelease" "$ts" -qm "$tmp/${name%.ts}.qm" 2>&1)
    if ! grep -q " 0 unfinished" <<<"$report"; then
        echo "check-translations: $ts has unfinished translations: $report"
        status=1
    fi
done
[ $status -eq 0 ] && echo "check-translations: every catalogue complete and current"
exit $status
