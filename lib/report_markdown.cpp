// The report as Markdown, for a wiki, a pull request or GitHub's own renderer.
#include "report.hpp"
#include "report_page.hpp"

#include <fmt/format.h>

namespace alearn {

namespace {

std::string table_markdown(const std::vector<std::vector<std::string>> &rows) {
  std::string out;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    out += "|";
    for (const auto &cell : rows[i]) {
      out += " " + escape_markdown(cell) + " |";
    }
    out += "\n";
    if (i == 0) {
      out += "|";
      for (std::size_t k = 0; k < rows[i].size(); ++k) {
        out += "---|";
      }
      out += "\n";
    }
  }
  return out + "\n";
}

std::string chart_markdown(const ReportIndicator &indicator, Lang lang, const std::string &charts_stem) {
  std::string out;
  if (!charts_stem.empty()) {
    out += fmt::format("![{}]({})\n\n", escape_markdown(indicator.figure.name),
                       chart_file_name(charts_stem, *indicator.status.indicator));
  }
  return out + table_markdown(chart_table(indicator, lang));
}

std::string block_markdown(const PageBlock &block, Lang lang, const std::string &charts_stem) {
  switch (block.kind) {
  case PageBlock::Kind::heading:
    return std::string(static_cast<std::size_t>(block.level), '#') + " " + escape_markdown(block.text) +
           "\n\n";
  case PageBlock::Kind::text:
    return escape_markdown(block.text) + "\n\n";
  case PageBlock::Kind::markdown:
    return block.text + "\n\n";
  case PageBlock::Kind::field:
    return "**" + escape_markdown(block.label) + "**\n\n" + block.text + "\n\n";
  case PageBlock::Kind::items: {
    std::string out;
    for (const auto &item : block.items) {
      out += "- " + escape_markdown(item) + "\n";
    }
    return out + "\n";
  }
  case PageBlock::Kind::table:
    return table_markdown(block.rows);
  case PageBlock::Kind::chart:
    return chart_markdown(*block.indicator, lang, charts_stem);
  case PageBlock::Kind::links: {
    std::string out;
    for (std::size_t i = 0; i < block.items.size(); ++i) {
      out += "- [" + escape_markdown(block.items[i]) + "](" + block.hrefs.at(i) + ")\n";
    }
    return out + "\n";
  }
  }
  return {};
}

} // namespace

std::string report_markdown(const Report &report, Lang lang, const std::string &charts_stem) {
  return page_markdown(report_page(report, lang), lang, charts_stem);
}

std::string page_markdown(const std::vector<PageBlock> &blocks, Lang lang, const std::string &charts_stem) {
  std::string out;
  for (const PageBlock &block : blocks) {
    out += block_markdown(block, lang, charts_stem);
  }
  while (out.ends_with("\n\n")) {
    out.pop_back();
  }
  return out;
}

} // namespace alearn
