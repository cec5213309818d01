#!/bin/sh
# Re-renders the committed PNG icons from the SVG (Debian: librsvg2-bin). Run after editing the SVG.
set -eu
cd "$(dirname "$0")"
for size in 16 32 48 64 128 256; do
    rsvg-convert -w "$size" -h "$size" io.github.hullcheck.Hullcheck.svg -o "hullcheck-$size.png"
done
