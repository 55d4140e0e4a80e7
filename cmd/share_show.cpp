// alearn share show ID [--json]
#include "commands.hpp"
#include "render_records.hpp"

#include <fmt/ranges.h>

namespace alearn {

namespace {

void print_sharing(Session &session, const WithBody<Sharing> &shown) {
  const Sharing &sharing = *shown.record;
  session.io.out << record_line(session, sharing.meta) << "  " << sharing.where << "\n";
  const std::string present = fmt::format("{}", fmt::join(sharing.present, ", "));
  session.io.out << wrap(session.t(tr("Aanwezig: {}", "Present: {}", present.empty() ? "-" : present)), 78,
                         "");
  print_block(session, Text{"Reacties", "Reactions"}, shown.body);
}

} // namespace

Command bind_share_show(CLI::App *cmd, Lang lang) {
  return bind_show(*cmd, lang, &Workgroup::sharing, Text{"delen", "sharing"}, print_sharing);
}

} // namespace alearn
