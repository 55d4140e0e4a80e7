#pragma once
// The report as a page: a list of blocks in reading order, in one language, that the Markdown
// and HTML writers each turn into their format. What is said and in which order is decided
// once, here; the writers only spell it.
#include "report.hpp"

#include <string>
#include <vector>

namespace alearn {

struct PageBlock {
  enum class Kind {
    heading,  // `text` at `level` (1 is the page's title)
    text,     // a paragraph of plain text, escaped by the writer
    markdown, // text a person wrote: Markdown, rendered as such
    field,    // `label`: `text`, where `text` is Markdown a person wrote
    items,    // a list of plain one-line items
    table,    // `rows`, the first of them the header
    chart,    // `indicator`'s run chart, with its values as a table
    links,    // a list of `items`, each a link to the page at `hrefs` (relative, within a site)
  };
  Kind kind = Kind::text;
  int level = 2;
  std::string label;
  std::string text;
  std::vector<std::string> items;
  std::vector<std::vector<std::string>> rows;
  const ReportIndicator *indicator = nullptr;
  std::vector<std::string> hrefs; // of links, one per item
};

// Blocks of each kind, for pages made elsewhere.
PageBlock heading_block(int level, std::string text);
PageBlock text_block(std::string text);
PageBlock items_block(std::vector<std::string> items);
PageBlock table_block(std::vector<std::vector<std::string>> rows);
PageBlock markdown_block(std::string markdown);
PageBlock field_block(std::string label, std::string markdown);
PageBlock links_block(std::vector<std::string> items, std::vector<std::string> hrefs);

std::vector<PageBlock> report_page(const Report &report, Lang lang);

// Any page of blocks, the first a heading that is its title, as one self-contained HTML page
// (inline style, no script, nothing fetched) and as Markdown. `charts_stem` as for
// report_markdown.
std::string page_html(const std::vector<PageBlock> &blocks, Lang lang);
std::string page_markdown(const std::vector<PageBlock> &blocks, Lang lang,
                          const std::string &charts_stem = {});

// The table of a chart's values: date, value, median, signal.
std::vector<std::vector<std::string>> chart_table(const ReportIndicator &indicator, Lang lang);

} // namespace alearn
