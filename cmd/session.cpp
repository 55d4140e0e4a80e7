#include "session.hpp"

#include "acting_member.hpp"
#include "git.hpp"
#include "record_files.hpp"

#include <array>
#include <charconv>

namespace alearn {

std::string Session::paint(Style style, std::string_view text) const {
  if (!colour || io.colour_mark.empty()) {
    return std::string(text);
  }
  static constexpr std::array<std::string_view, 6> codes = {"1", "2", "32", "33", "31", "36"};
  // The output filter turns the mark into "ESC [", as no value can (safe_output.hpp).
  return fmt::format("{}{}m{}{}0m", io.colour_mark, codes.at(static_cast<std::size_t>(style)), text,
                     io.colour_mark);
}

void Session::report_saved(const Text &message) {
  io.out << t(message);
  saved.nl += message.nl;
  saved.en += message.en;
}

std::string Session::env(const std::string &name) const {
  const auto found = io.env.find(name);
  return found == io.env.end() ? std::string{} : found->second;
}

std::size_t Session::line_width() const {
  constexpr std::size_t fallback = 80;
  const std::string columns = env("COLUMNS");
  std::size_t width = 0;
  const auto [end, error] = std::from_chars(columns.data(), columns.data() + columns.size(), width);
  if (error == std::errc{} && end == columns.data() + columns.size() && width > 0) {
    return width;
  }
  return io.columns > 0 ? io.columns : fallback;
}

Result<const Workgroup *> Session::workgroup() const {
  return select_workgroup(repository(),
                          WorkgroupChoice{global.workgroup, env("ALEARN_WORKGROUP"), io.context.cwd});
}

Result<std::string> Session::author() const {
  std::string name = acting_user();
  if (name.empty()) {
    return fail(ErrorKind::usage,
                tr("wie schrijft dit? Geef --as NAAM, of zet ALEARN_USER of git's user.name",
                   "who is writing this? Give --as NAME, or set ALEARN_USER or git's user.name"));
  }
  return name;
}

Result<const Member *> Session::writer(const Workgroup &group) const {
  auto name = author();
  TRY(name);
  auto member = require_acting_member(group, *name);
  if (!member && global.as.empty() && !member.error().advice) {
    // Say where the name came from: a stale git user.name is easy to miss.
    const bool from_env = !env("ALEARN_USER").empty();
    const Text source =
        from_env ? Text{"ALEARN_USER", "ALEARN_USER"} : Text{"git's user.name", "git's user.name"};
    member.error().message.nl += fmt::format("\n(de naam komt uit {}; geef anders --as NAAM)", source.nl);
    member.error().message.en +=
        fmt::format("\n(the name comes from {}; otherwise give --as NAME)", source.en);
  }
  return member;
}

Result<Writing> Session::start_writing(std::string_view date_option) const {
  auto group = workgroup();
  TRY(group);
  return start_writing(**group, date_option);
}

Result<Writing> Session::start_writing(const Workgroup &group, std::string_view date_option) const {
  auto author = writer(group);
  TRY(author);
  auto date = record_date(date_option, io.context);
  TRY(date);
  return Writing{&group, *author, *date};
}

std::string Session::user_name() const {
  std::string name = env("ALEARN_USER");
  if (name.empty() && repo) {
    name = git_user_name(repo->root, io.env);
  }
  return name;
}

void add_date_option(CLI::App &cmd, std::string &date, Lang lang) {
  cmd.add_option(
      "--date", date,
      help(lang, "De datum, JJJJ-MM-DD (standaard vandaag)", "The date, YYYY-MM-DD (default today)"));
}

void add_id_argument(CLI::App &cmd, std::string &id, Lang lang) {
  cmd.add_option("id", id, help(lang, "De id, of een uniek begin ervan", "The id, or a unique start of it"))
      ->required();
}

void add_date_range_options(CLI::App &cmd, DateOptions &dates, Lang lang) {
  cmd.add_option("--from", dates.from, help(lang, "Vanaf deze datum", "From this date"));
  cmd.add_option("--to", dates.to, help(lang, "Tot en met deze datum", "Up to and including this date"));
}

void add_cycle_option(CLI::App &cmd, std::string &cycle, Lang lang) {
  cmd.add_option("--cycle", cycle,
                 help(lang, "Welke cyclus: een nummer, of all voor alle (standaard: de huidige)",
                      "Which cycle: a number, or all for every cycle (default: the current one)"));
}

} // namespace alearn
