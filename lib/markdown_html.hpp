#pragma once
// Markdown that people wrote, as HTML, by cmark-gfm (GitHub's Markdown) in its safe mode: raw
// HTML is shown as the text it is (escaped, never run), and links to javascript:, vbscript:,
// file: and most data: addresses are emptied. Images become links, so that a page shows nothing
// it would have to fetch.
#include <string>
#include <string_view>

namespace alearn {

std::string markdown_to_html(std::string_view markdown);

} // namespace alearn
