#include "render_records.hpp"

namespace alearn {

std::string first_line(std::string_view text, std::size_t width) {
  std::string_view line = text.substr(0, text.find('\n'));
  if (line.ends_with('\r')) {
    line.remove_suffix(1);
  }
  std::size_t characters = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if ((static_cast<unsigned char>(line[i]) & 0xC0U) != 0x80U && ++characters > width) {
      return std::string(line.substr(0, i)) + "…";
    }
  }
  const bool more = line.size() < text.size() &&
                    text.substr(line.size()).find_first_not_of("\r\n ") != std::string_view::npos;
  return std::string(line) + (more ? " …" : "");
}

std::string record_line(const Session &session, const RecordMeta &meta) {
  return fmt::format("{}  {}  {}", session.paint(Style::cyan, meta.id), format_date(meta.date), meta.author);
}

void print_text_record(Session &session, const RecordMeta &meta, const Text &label, std::string_view body) {
  session.io.out << record_line(session, meta) << "  (" << session.t(label) << ")\n\n"
                 << wrap(body, 78, "  ");
}

void print_block(Session &session, const Text &label, std::string_view text) {
  if (text.empty()) {
    return;
  }
  session.io.out << session.paint(Style::bold, session.t(label)) << ":\n" << wrap(text, 78, "  ");
}

void print_other_cycles(Session &session, std::size_t count) {
  if (count > 0) {
    session.io.out << session.paint(Style::dim,
                                    session.t(tr("(nog {} in andere cycli: --cycle all)",
                                                 "({} more in other cycles: --cycle all)", count)))
                   << "\n";
  }
}

} // namespace alearn
