#pragma once
// Text for SVG and HTML: escaped, made of characters XML allows, and cut to fit a width, so
// that a name from a file (with `<script>`, quotes or a 10,000-character word) can neither
// break the markup nor the layout.
#include <string>
#include <string_view>

namespace alearn {

// `text` for an XML text node or a quoted attribute: &, <, >, " and ' escaped; bytes that are
// no UTF-8 as U+FFFD; control characters (line breaks too) as spaces; bidirectional overrides
// left out, so that a name cannot turn the text after it around.
std::string xml_escaped(std::string_view text);

// An estimate of the width of `text` in a sans-serif font, in units of the font size: no font
// is measured, so it errs on the wide side.
double text_width(std::string_view text);

// `text` cut to at most `width` (as text_width counts), ending in "…" when cut; never inside a
// character. Not yet escaped.
std::string clipped(std::string_view text, double width);

} // namespace alearn
