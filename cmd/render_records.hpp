#pragma once
// How records look in --json and in text, shared by the list and show commands of every kind.
#include "meeting_actions.hpp"
#include "output.hpp"
#include "record_lookup.hpp"
#include "render.hpp"
#include "spell.hpp"

#include <functional>
#include <string>

namespace alearn {

// The first line of a text, cut to `width` characters with "…", for one-line lists.
std::string first_line(std::string_view text, std::size_t width);

// "k3m9x2ab  2026-11-20  Sanne de Vries": the start of a record's line in a list.
std::string record_line(const Session &session, const RecordMeta &meta);

// Prints a labelled block of text, wrapped, when the text is not empty.
void print_block(Session &session, const Text &label, std::string_view text);

// An action of a meeting: "what (owner), due 2026-12-01", and once done "· done 2026-11-20".
std::string action_line(const Session &session, const MeetingAction &action);

// The group's open actions, each with the meeting and number that close it, at most `limit`
// (0: all), and the command that closes one. Nothing when there are none.
void print_open_actions(Session &session, const Workgroup &group, const std::vector<OpenAction> &open,
                        std::size_t limit = 0);

// What a list command shows: the records with their bodies, and the slug of their workgroup,
// which the advice of an empty list names.
template <typename T> struct RecordList {
  std::string workgroup;
  std::vector<WithBody<T>> records;
};

// Reads the bodies of `records`, of `group`, into the value a list command shows.
template <typename T>
Result<RecordList<T>> record_list(const Workgroup &group, const std::vector<const T *> &records) {
  auto shown = with_bodies(records);
  TRY(shown);
  return RecordList<T>{group.slug, std::move(*shown)};
}

// A record whose content is its Markdown body: a header line, then the text.
void print_text_record(Session &session, const RecordMeta &meta, const Text &label, std::string_view body);

// A record with its body as JSON, and a list of them: the JSON renderers of show and list
// commands.
template <typename T> Json shown_json(const Session &session, const WithBody<T> &shown) {
  return record_json(*shown.record, shown.body, session.repository().root);
}

template <typename T> Json list_json(const Session &session, const RecordList<T> &list) {
  return json_list(list.records, [&](const WithBody<T> &shown) { return shown_json(session, shown); });
}

// The options of every show command: which record (its identifier, or a unique start of it),
// and the output.
struct ShowOptions {
  std::string id;
  Output output;
};

// What a show command shows, found in the chosen workgroup by the identifier given.
template <typename Shown> using FindShown = std::function<Result<Shown>(const Workgroup &, std::string_view)>;

// Binds `alearn <noun> show ID [--json]`: `find` computes the value, `renderers` show it.
template <typename Shown>
Command bind_show(CLI::App &cmd, Lang lang, FindShown<Shown> find, Renderers<Shown> renderers) {
  auto options = std::make_shared<ShowOptions>();
  add_id_argument(cmd, options->id, lang);
  add_output_options(cmd, options->output, lang);
  return command_for(
      options, [find = std::move(find), renderers](Session &session, const ShowOptions &shown) -> Status {
        auto group = session.workgroup();
        TRY(group);
        auto value = find(**group, shown.id);
        TRY(value);
        return render(session, shown.output, *value, renderers);
      });
}

// The same for a kind of record shown as it is, with its body: `kind` names it in errors.
template <typename T>
Command bind_show(CLI::App &cmd, Lang lang, std::vector<T> Workgroup::*records, const Text &kind,
                  void (*print)(Session &, const WithBody<T> &)) {
  return bind_show<WithBody<T>>(cmd, lang,
                                [records, kind](const Workgroup &group, std::string_view id) {
                                  return find_with_body(group.*records, id, kind);
                                },
                                {print, shown_json<T>});
}

} // namespace alearn
