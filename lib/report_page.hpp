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
  };
  Kind kind = Kind::text;
  int level = 2;
  std::string label;
  std::string text;
  std::vector<std::string> items;
  std::vector<std::vector<std::string>> rows;
  const ReportIndicator *indicator = nullptr;
};

std::vector<PageBlock> report_page(const Report &report, Lang lang);

// The table of a chart's values: date, value, median, signal.
std::vector<std::vector<std::string>> chart_table(const ReportIndicator &indicator, Lang lang);

} // namespace alearn
