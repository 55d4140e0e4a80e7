// The report as one self-contained HTML page: inline style and SVG, no script, nothing fetched
// (a Content-Security-Policy says so to the browser as well), readable on a phone, and a print
// style that makes an A4 handout of it.
#include "check_formats.hpp"
#include "markdown_html.hpp"
#include "report.hpp"
#include "report_page.hpp"

#include <fmt/format.h>

namespace alearn {

namespace {

constexpr std::string_view style = R"(
:root { color-scheme: light; --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --accent: #0b5cad; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 52rem; padding: 1rem; font: 16px/1.5 system-ui, sans-serif; color: var(--ink);
       overflow-wrap: anywhere; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0.5rem 0; }
h2 { font-size: 1.3rem; border-bottom: 1px solid var(--line); padding-bottom: 0.2rem; margin-top: 2rem; }
h3 { font-size: 1.1rem; margin-top: 1.5rem; }
.field { margin: 0.6rem 0; }
.field > .label { font-weight: 600; }
.field > .value > :first-child { margin-top: 0.2rem; }
.lead { color: var(--muted); }
table { overflow-wrap: normal; border-collapse: collapse; margin: 0.5rem 0 1rem; font-size: 0.9rem; display: block; overflow-x: auto; }
td.date { white-space: nowrap; }
th, td { border: 1px solid var(--line); padding: 0.2rem 0.5rem; text-align: left; vertical-align: top; }
figure { margin: 0.5rem 0; }
figure svg { width: 100%; height: auto; }
details > summary { cursor: pointer; color: var(--accent); }
a { color: var(--accent); }
pre, code { white-space: pre-wrap; }
@media print {
  @page { size: A4; margin: 15mm; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  h2 { break-after: avoid; }
  h3 { break-after: avoid; }
  figure, table, .field { break-inside: avoid; }
  details > summary { display: none; }
  details > table { display: table; }
  a { color: inherit; }
}
)";

// A cell; a date stays on one line.
std::string cell_html(const std::string &cell) {
  const bool date = parse_date(cell).has_value();
  return (date ? "<td class=\"date\">" : "<td>") + escape_xml(cell) + "</td>";
}

std::string table_html(const std::vector<std::vector<std::string>> &rows) {
  std::string out = "<table>\n";
  for (std::size_t i = 0; i < rows.size(); ++i) {
    out += "<tr>";
    for (const auto &cell : rows[i]) {
      out += i == 0 ? "<th scope=\"col\">" + escape_xml(cell) + "</th>" : cell_html(cell);
    }
    out += "</tr>\n";
  }
  return out + "</table>\n";
}

std::string chart_html(const ReportIndicator &indicator, Lang lang) {
  return "<figure>\n" + render_svg_chart(indicator.figure) + "</figure>\n<details open><summary>" +
         escape_xml(Text{"De waarden", "The values"}.in(lang)) + "</summary>\n" +
         table_html(chart_table(indicator, lang)) + "</details>\n";
}

std::string block_html(const PageBlock &block, Lang lang, bool lead) {
  switch (block.kind) {
  case PageBlock::Kind::heading:
    return fmt::format("<h{0}>{1}</h{0}>\n", block.level, escape_xml(block.text));
  case PageBlock::Kind::text:
    return fmt::format("<p{}>{}</p>\n", lead ? " class=\"lead\"" : "", escape_xml(block.text));
  case PageBlock::Kind::markdown:
    return markdown_to_html(block.text);
  case PageBlock::Kind::field:
    return fmt::format(
        "<div class=\"field\"><div class=\"label\">{}</div><div class=\"value\">{}</div></div>\n",
        escape_xml(block.label), markdown_to_html(block.text));
  case PageBlock::Kind::items: {
    std::string out = "<ul>\n";
    for (const auto &item : block.items) {
      out += "<li>" + escape_xml(item) + "</li>\n";
    }
    return out + "</ul>\n";
  }
  case PageBlock::Kind::table:
    return table_html(block.rows);
  case PageBlock::Kind::chart:
    return chart_html(*block.indicator, lang);
  case PageBlock::Kind::links: {
    std::string out = "<ul>\n";
    for (std::size_t i = 0; i < block.items.size(); ++i) {
      out += "<li><a href=\"" + escape_xml(block.hrefs.at(i)) + "\">" + escape_xml(block.items[i]) +
             "</a></li>\n";
    }
    return out + "</ul>\n";
  }
  }
  return {};
}

} // namespace

std::string report_html(const Report &report, Lang lang) {
  return page_html(report_page(report, lang), lang);
}

std::string page_html(const std::vector<PageBlock> &blocks, Lang lang) {
  const std::string title = blocks.empty() ? std::string("alearn") : blocks.front().text;
  std::string out = fmt::format(R"(<!DOCTYPE html>
<html lang="{}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="alearn">
<title>{}</title>
<style>{}</style>
</head>
<body>
<main>
)",
                                lang == Lang::nl ? "nl" : "en", escape_xml(title), style);
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    // The line under the title says where the group stands: shown as its lead.
    out += block_html(blocks[i], lang, i == 1 && blocks[i].kind == PageBlock::Kind::text);
  }
  return out + "</main>\n</body>\n</html>\n";
}

} // namespace alearn
