#!/usr/bin/env bash
# Regenerates the subset fonts the certificate PDF embeds, from Debian's fonts-noto-core.
# Skia embeds whole font files, so each font keeps only what certificates print.
# Needs: apt-get install -y fonts-noto-core fonttools
set -euo pipefail
cd "$(dirname "$0")"
source_dir=/usr/share/fonts/truetype/noto

# Names in Latin letters with European diacritics, and the punctuation certificates print.
latin="U+0020-007E,U+00A0-017F,U+0192,U+0218-021B,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+2010-2027,U+2030,U+2032-2033,U+2039-203A,U+2044,U+20A8,U+20AC,U+20B9,U+2122,U+2212,U+FFFD"
# Urdu's letters (in Nastaliq, the way Urdu is written), digits and marks, plus the presentation forms: the PDF's text maps shaped glyphs back to them.
arabic="U+0020-0040,U+00A0,U+0600-06FF,U+200C-200F,U+2010-2011,U+25CC,U+FB50-FDFF,U+FE70-FEFF"

subset() {
  # pyftsubset's default layout features are the ones shaping needs: Arabic joining forms, required
  # ligatures, marks, kerning. Hinting is for screens at small sizes, not PDFs.
  pyftsubset "$source_dir/$1.ttf" --unicodes="$2" --output-file="$1.ttf" \
    --no-hinting --drop-tables+=DSIG \
    --name-IDs=0,1,2,3,4,5,6,13,14 --name-languages='*'
}

subset NotoSans-Regular "$latin"
subset NotoSans-Bold "$latin"
# One Nastaliq weight: Nastaliq shows emphasis by size, not weight, and each weight a PDF uses adds about 430 KB to it.
subset NotoNastaliqUrdu-Regular "$arabic"
