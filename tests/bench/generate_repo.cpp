// Generates a large, realistic alearn repository for benchmarks: a network of organisations
// whose workgroups have kept two years of logbooks, meetings, exploration, assumptions,
// feedback, sources, experiments, evaluations and weekly measurements. The repository is
// consistent: `alearn check` on it, on the day it was generated for, finds no errors.
//
//   alearn_generate DIR [--workgroups N] [--organisations N] [--days N] [--body-bytes N]
//                       [--seed N] [--today YYYY-MM-DD]
#include "context.hpp"
#include "dates.hpp"
#include "files.hpp"
#include "ids.hpp"
#include "record_files.hpp"
#include "yaml_edit.hpp"

#include <fmt/format.h>

#include <array>
#include <charconv>
#include <cstdio>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

using namespace alearn;
namespace fs = std::filesystem;

namespace {

struct Settings {
  fs::path dir;
  int workgroups = 60;
  int organisations = 20;
  int days = 730;
  std::size_t body_bytes = 400;
  std::uint64_t seed = 20261124;
  Date today = process_context().today;
};

constexpr std::array<std::string_view, 40> first_names = {
    "Sanne", "Mohamed", "Anouk",   "Ruud",  "Lotte", "Priya", "Fatima", "Joost",   "Ilse",  "Kees",
    "Noor",  "Zoë",     "Marloes", "Henk",  "Yara",  "Bram",  "Esther", "Daan",    "Fleur", "Sven",
    "Emma",  "Lucas",   "Julia",   "Milan", "Sara",  "Thijs", "Lisa",   "Jesse",   "Eva",   "Ahmed",
    "Iris",  "Tom",     "Femke",   "Koen",  "Ayla",  "Rik",   "Nina",   "Youssef", "Merel", "Gijs"};
constexpr std::array<std::string_view, 30> last_names = {
    "de Vries",  "Bakkali",  "Peters",      "Smit",     "Willems", "Ramdin",   "El Amrani", "van Dijk",
    "Verhoeven", "Brouwer",  "Jansen",      "Hendriks", "Kuipers", "Dekker",   "Koç",       "Vos",
    "Mulder",    "de Boer",  "Bos",         "Visser",   "Meijer",  "de Graaf", "Kok",       "Yılmaz",
    "Pronk",     "Hoekstra", "van Leeuwen", "Postma",   "Kramer",  "Wouters"};
constexpr std::array<std::string_view, 12> words = {"nieuwe collega's",    "het rooster", "de avonddienst",
                                                    "een buddy",           "het team",    "de cliënten",
                                                    "de praktijkopleider", "de werkdruk", "het inwerken",
                                                    "de leidinggevende",   "het weekend", "de overdracht"};
constexpr std::array<std::string_view, 10> verbs = {
    "besproken met",     "gemerkt bij", "geregeld voor",  "gevraagd aan", "uitgeprobeerd met",
    "opgeschreven over", "gezien bij",  "nagevraagd bij", "gedeeld met",  "geoefend met"};

class Generator {
public:
  explicit Generator(Settings settings) : settings_(std::move(settings)), random_(settings_.seed) {}

  void run() {
    write(settings_.dir / "alearn.yaml", config());
    for (int g = 0; g < settings_.workgroups; ++g) {
      workgroup(g);
    }
    std::printf("%zu files in %s\n", files_, settings_.dir.c_str());
  }

private:
  // --- small helpers ---

  std::uint64_t next() { return random_(); }
  int between(int low, int high) {
    return low + static_cast<int>(next() % static_cast<std::uint64_t>(high - low + 1));
  }
  template <typename T, std::size_t N> std::string_view pick(const std::array<T, N> &items) {
    return items[next() % N];
  }
  std::string id() {
    return new_id([this] { return next(); });
  }
  Date day(int offset) const { return std::chrono::sys_days{start_} + std::chrono::days{offset}; }
  Date begin() const { return std::chrono::sys_days{settings_.today} - std::chrono::days{settings_.days}; }

  std::string sentence() {
    return fmt::format("Vandaag {} {}, en daarna {} {}.", pick(verbs), pick(words), pick(verbs), pick(words));
  }
  std::string body() {
    std::string text;
    while (text.size() < settings_.body_bytes) {
      text += sentence() + (text.size() % 3 == 0 ? "\n\n" : " ");
    }
    return text;
  }

  // Plain writes: a generated repository needs no crash safety, and 100,000 fsyncs are slow.
  void write(const fs::path &file, const std::string &text) {
    std::error_code ec;
    if (file.parent_path() != last_dir_) {
      fs::create_directories(file.parent_path(), ec);
      last_dir_ = file.parent_path();
    }
    std::FILE *out = std::fopen(file.c_str(), "wb");
    if (out == nullptr || std::fwrite(text.data(), 1, text.size(), out) != text.size() ||
        std::fclose(out) != 0) {
      std::fprintf(stderr, "cannot write %s\n", file.c_str());
      std::exit(1);
    }
    ++files_;
  }
  fs::path record(const std::string &folder) { return dir_ / folder / (id() + ".md"); }

  // --- the repository ---

  std::string config() {
    std::string text = "schema: 1\nname: Zorgnetwerk Benchmark\nlanguage: nl\norganisations:\n";
    for (int o = 0; o < settings_.organisations; ++o) {
      text += fmt::format("  - name: Zorgorganisatie {}\n", o + 1);
    }
    return text;
  }

  void workgroup(int index) {
    slug_ = fmt::format("werkgroep-{:02}", index + 1);
    dir_ = settings_.dir / "workgroups" / slug_;
    start_ = std::chrono::sys_days{begin()} + std::chrono::days{between(0, 30)};
    members_.clear();
    const int size = between(5, 8);
    while (static_cast<int>(members_.size()) < size) {
      std::string name = fmt::format("{} {}", pick(first_names), pick(last_names));
      if (std::ranges::find(members_, name) == members_.end()) {
        members_.push_back(name);
      }
    }
    workgroup_file(index);
    indicators();
    records();
    experiments();
    step_events();
  }

  void workgroup_file(int index) {
    std::string text = "---\n";
    text += fmt::format("name: Werkgroep {}\norganisation: Zorgorganisatie {}\nmembers:\n", index + 1,
                        index % settings_.organisations + 1);
    for (const auto &member : members_) {
      text += fmt::format("  - name: {}\n", render_scalar(member, 4));
    }
    text += "problem: Nieuwe collega's vertrekken in de eerste maanden, vooral van de avond- en "
            "weekenddiensten.\n";
    text += "design:\n  goal: Minder vertrek in het eerste jaar.\n  means: Twee uur per week per lid.\n"
            "  preconditions: Steun van het management.\n  approach: Eén werkgroep.\n";
    text += "agreements:\n  - We komen elke week bij elkaar.\n  - Iedereen houdt een logboek bij.\n";
    text += fmt::format("start: {}\nend: {}\n", format_date(start_),
                        format_date(std::chrono::sys_days{settings_.today} + std::chrono::days{120}));
    text += "themes:\n  - behoud\n---\n" + body() + "\n";
    write(dir_ / "workgroup.md", text);
  }

  void indicators() {
    indicator_slugs_ = {"uitstroom", "verzuim", "open-diensten", "welkom", "werkplezier"};
    for (const auto &slug : indicator_slugs_) {
      const bool up = slug == "welkom" || slug == "werkplezier";
      write(dir_ / "indicators" / (slug + ".md"),
            fmt::format(
                "---\nname: {}\nquestion: Merken we verschil?\nunit: score\ndirection: {}\nbaseline: 20\n"
                "target: {}\nfrequency: weekly\nowner: {}\n---\n{}\n",
                slug, up ? "up" : "down", up ? 30 : 10, render_scalar(members_.front(), 2), body()));
      // Weekly, from the start until a few days ago: nothing is overdue.
      double value = 20;
      const auto last = std::chrono::sys_days{settings_.today} - std::chrono::days{between(1, 5)};
      auto first = last;
      while (first - std::chrono::days{7} >= std::chrono::sys_days{start_}) {
        first -= std::chrono::days{7};
      }
      for (auto date = first; date <= last; date += std::chrono::days{7}) {
        value += static_cast<double>(between(-10, 10)) / 10.0 + (up ? 0.05 : -0.05);
        write(dir_ / "measurements" / slug / (id() + ".yaml"),
              fmt::format("date: {}\nvalue: {:.1f}\nby: {}\n", format_date(Date{date}), value,
                          render_scalar(members_[next() % members_.size()], 2)));
      }
    }
  }

  std::string author() { return members_[next() % members_.size()]; }

  void records() {
    const int span =
        static_cast<int>((std::chrono::sys_days{settings_.today} - std::chrono::sys_days{start_}).count()) -
        1;
    // Every member writes in their logbook about one and a half times a week.
    for (const auto &member : members_) {
      for (int day_offset = between(0, 3); day_offset < span; day_offset += between(2, 7)) {
        write(record("logbook"), FrontMatter()
                                     .text("author", member)
                                     .date("date", day(day_offset))
                                     .text("kind", std::array<std::string_view, 3>{"action", "discovery",
                                                                                   "reflection"}[next() % 3])
                                     .markdown(body()));
      }
    }
    for (int day_offset = 1; day_offset < span; day_offset += 7) {
      write(record("meetings"), FrontMatter()
                                    .text("title", fmt::format("Bijeenkomst {}", day_offset / 7 + 1))
                                    .date("date", day(day_offset))
                                    .text("author", members_.front())
                                    .list("present", members_)
                                    .list("decisions", {"We gaan door met het experiment."})
                                    .maps("actions", {{{"what", "Verslag delen"}, {"owner", author()}}})
                                    .markdown(body()));
    }
    constexpr std::array<std::string_view, 4> kinds = {"fact", "experience", "emotion", "opinion"};
    for (int i = 0; i < 24; ++i) {
      write(record("exploration"), FrontMatter()
                                       .text("author", author())
                                       .date("date", day(30 + i))
                                       .text("kind", kinds[static_cast<std::size_t>(i) % kinds.size()])
                                       .markdown(body()));
    }
    write(record("problem"), FrontMatter()
                                 .text("author", author())
                                 .date("date", day(60))
                                 .text("statement", "Nieuwe collega's haken af in de eerste zes weken.")
                                 .markdown(body()));
    for (int i = 0; i < 12; ++i) {
      const std::string about = i % 2 == 0 ? "problem" : "solution";
      const std::string by = author();
      write(record("assumptions"),
            "---\n" + FrontMatter().text("author", by).date("date", day(70 + i)).text("about", about).yaml() +
                fmt::format(
                    "challenges:\n  - date: {}\n    by: {}\n    how: Nagevraagd bij collega's.\n    verdict: "
                    "held\n---\n{}\n",
                    format_date(day(80 + i)), render_scalar(by, 4), body()));
    }
    for (int i = 0; i < 10; ++i) {
      write(record("feedback"), FrontMatter()
                                    .text("author", author())
                                    .date("date", day(90 + i))
                                    .text("from", fmt::format("Team {}", i + 1))
                                    .markdown(body()));
      write(record("resources"), FrontMatter()
                                     .text("author", author())
                                     .date("date", day(100 + i))
                                     .text("kind", "literature")
                                     .text("link", "https://example.org/")
                                     .markdown(body()));
    }
    for (int i = 0; i < 8; ++i) {
      std::string text =
          "---\n" + FrontMatter().date("date", day(150 + 60 * i)).text("author", author()).yaml();
      text += "cycle: 1\nindicators:\n";
      for (const auto &slug : indicator_slugs_) {
        text += fmt::format("  - indicator: {}\n    points: 10\n", slug);
      }
      write(record("evaluations"), text + "---\n" + body() + "\n");
    }
  }

  // Rounds of experiments of eight weeks: earlier rounds finished or stopped, the last running.
  void experiments() {
    rounds_ = 0;
    std::string previous;
    const int span =
        static_cast<int>((std::chrono::sys_days{settings_.today} - std::chrono::sys_days{start_}).count());
    for (int round_start = 120; round_start + 10 < span; round_start += 56) {
      ++rounds_;
      const bool last = round_start + 56 + 10 >= span;
      for (int e = 0; e < 2; ++e) {
        const std::string experiment_id = id();
        FrontMatter fields;
        fields.text("title", fmt::format("Experiment {}.{}", rounds_, e + 1))
            .text("owner", author())
            .date("date", day(round_start))
            .text("author", members_.front())
            .number("cycle", 1)
            .number("round", rounds_)
            .text("question", "Blijven nieuwe collega's langer?")
            .text("prediction", "Minder vertrek.")
            .map("plan", {{"who", "Het team"},
                          {"what", "Een buddy"},
                          {"when", "Acht weken"},
                          {"where", "Locatie Hof"}})
            .list("indicators", {indicator_slugs_[0], indicator_slugs_[3]})
            .text("follows", e == 0 ? previous : "")
            .date("started", day(round_start + 2));
        if (!last) {
          fields.date("finished", day(round_start + 50))
              .text("result", "Iets minder vertrek.")
              .text("lessons", "Tijd in het rooster is nodig.")
              .text("decision", e == 0 ? "adapt" : "abandon");
        }
        write(dir_ / "experiments" / (experiment_id + ".md"), fields.markdown(body()));
        if (e == 0) {
          previous = experiment_id;
        }
      }
    }
  }

  void event(int step, std::string_view action, int round, Date date, int minute) {
    write(dir_ / "steps" / (id() + ".yaml"),
          fmt::format("step: {}\naction: {}\nat: {}T10:{:02}:00.000Z\ncycle: 1\nround: {}\nby: {}\n", step,
                      action, format_date(date), minute % 60, round, render_scalar(members_.front(), 2)));
  }

  // Steps 1 to 10 done, then for every finished round 11, 12 and "again"; now in step 12.
  void step_events() {
    int minute = 0;
    for (int step = 1; step <= 10; ++step) {
      event(step, "done", 1, day(10 * step + 20), minute++);
    }
    for (int round = 1; round <= rounds_; ++round) {
      const int round_start = 120 + 56 * (round - 1);
      event(11, "done", round, day(round_start + 3), minute++);
      if (round < rounds_) {
        event(12, "done", round, day(round_start + 52), minute++);
        event(12, "again", round, day(round_start + 53), minute++);
      }
    }
  }

  Settings settings_;
  std::mt19937_64 random_;
  std::size_t files_ = 0;
  fs::path last_dir_;
  std::string slug_;
  fs::path dir_;
  Date start_{};
  std::vector<std::string> members_;
  std::vector<std::string> indicator_slugs_;
  int rounds_ = 0;
};

bool number(const char *text, auto &out) {
  const std::string_view view = text;
  return std::from_chars(view.data(), view.data() + view.size(), out).ec == std::errc{};
}

} // namespace

int main(int argc, char **argv) {
  Settings settings;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    const char *value = i + 1 < argc ? argv[i + 1] : "";
    bool ok = true;
    if (arg == "--workgroups") {
      ok = number(value, settings.workgroups);
    } else if (arg == "--organisations") {
      ok = number(value, settings.organisations);
    } else if (arg == "--days") {
      ok = number(value, settings.days);
    } else if (arg == "--body-bytes") {
      ok = number(value, settings.body_bytes);
    } else if (arg == "--seed") {
      ok = number(value, settings.seed);
    } else if (arg == "--today") {
      const auto date = parse_date(value);
      ok = date.has_value();
      settings.today = date.value_or(settings.today);
    } else if (!arg.starts_with("--") && settings.dir.empty()) {
      settings.dir = arg;
      continue;
    } else {
      ok = false;
    }
    if (!ok) {
      std::fprintf(stderr, "usage: alearn_generate DIR [--workgroups N] [--organisations N] [--days N] "
                           "[--body-bytes N] [--seed N] [--today YYYY-MM-DD]\n");
      return 2;
    }
    ++i;
  }
  if (settings.dir.empty() || fs::exists(settings.dir / "alearn.yaml")) {
    std::fprintf(stderr, "alearn_generate: give a new directory\n");
    return 2;
  }
  Generator(settings).run();
  return 0;
}
