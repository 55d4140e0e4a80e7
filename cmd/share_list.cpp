// alearn share list [--json]: where the results were shared, newest first.
#include "commands.hpp"
#include "render_records.hpp"

namespace alearn {

namespace {

void print_sharing_list(Session &session, const RecordList<Sharing> &list) {
  if (list.records.empty()) {
    print_advice(session, tr("Nog niets gedeeld. Leg het vast met:", "Nothing shared yet. Record it with:"),
                 Advice{Action::share_add,
                        {placeholder(Param::where, "<welke bijeenkomst>", "<which meeting>")},
                        list.workgroup});
  }
  for (const auto &[sharing, reactions] : list.records) {
    session.io.out << record_line(session, sharing->meta) << "  " << sharing->where << "\n    "
                   << first_line(reactions, 72) << "\n";
  }
}

constexpr Renderers<RecordList<Sharing>> share_list_renderers{print_sharing_list, list_json<Sharing>};

Status run_share_list(Session &session, const Output &output) {
  auto group = session.workgroup();
  TRY(group);
  auto list = record_list(**group, newest_first((*group)->sharing, [](const Sharing &) { return true; }));
  TRY(list);
  return render(session, output, *list, share_list_renderers);
}

} // namespace

Command bind_share_list(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<Output>();
  add_output_options(*cmd, *options, lang);
  return command_for(options, run_share_list);
}

} // namespace alearn
