// The learning network: other organisations' repositories read (never written), the status
// across them with its progress score, themes, and the lessons of Falend Vooruit.
#include "document.hpp"
#include "files.hpp"
#include "helpers.hpp"
#include "lessons.hpp"
#include "network_status.hpp"
#include "workgroup_edit.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <sys/wait.h>

using namespace alearn;
using namespace alearn::test;
namespace fs = std::filesystem;

namespace {

// --- Progress scores of made-up workgroups ---

struct ScoredGroup {
  Workgroup group;
  std::vector<Indicator> indicators; // kept here: statuses point into it
  std::vector<IndicatorStatus> statuses;
};

Indicator indicator_with_target(double baseline, double target, Direction direction) {
  Indicator indicator;
  indicator.slug = "wachttijd";
  indicator.name = "Wachttijd";
  indicator.baseline = baseline;
  indicator.target = target;
  indicator.direction = direction;
  return indicator;
}

void add_status(ScoredGroup &scored, std::vector<double> values, bool improvement) {
  IndicatorStatus status;
  status.indicator = &scored.indicators.back();
  status.chart.points = weekly_points(values);
  if (!values.empty()) {
    status.latest = Measurement{"x", {}, week(static_cast<int>(values.size()) - 1), values.back(), {}, {}};
  }
  if (improvement) {
    status.chart.signals.push_back(Signal{SignalKind::shift, Meaning::improvement, 0, 5, 6, 6});
  }
  scored.statuses.push_back(status);
}

Experiment experiment_with(std::optional<Date> started, std::optional<Decision> decision) {
  Experiment experiment;
  experiment.started = started;
  if (decision) {
    experiment.finished = week(20);
    experiment.decision = decision;
    experiment.reflection.result = "r";
  }
  return experiment;
}

StepEvent step_done(int step) {
  StepEvent event;
  event.id = fmt::format("event{:03}", step);
  event.step = step;
  event.at = fmt::format("2026-01-{:02}T10:00:00Z", step);
  return event;
}

double score_of(const ScoredGroup &scored) { return progress_score(scored.group, scored.statuses).value; }

// --- Processes with real git ---

std::string net_quote(const std::string &text) {
  std::string quoted = "'";
  for (const char c : text) {
    quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  }
  return quoted + "'";
}

using NetShell = ShellResult;

// A shell command with git's author and committer set, and alearn in English.
NetShell net_sh(const std::string &command, const fs::path &cwd) {
  return run_shell(command, cwd,
                   "GIT_AUTHOR_NAME=T GIT_AUTHOR_EMAIL=t@example.org GIT_COMMITTER_NAME=T "
                   "GIT_COMMITTER_EMAIL=t@example.org ALEARN_LANG=en");
}

NetShell net_must(const std::string &command, const fs::path &cwd) {
  NetShell result = net_sh(command, cwd);
  INFO(command << "\n" << result.out);
  REQUIRE(result.code == 0);
  return result;
}

// Two organisations: "ours" (the example repository, in git) and "theirs", a repository on a
// "server" (a bare repository) cloned beside ours, as a member of the network would.
struct TwoOrganisations {
  TempDir dir;
  fs::path ours = dir.path() / "ours";
  fs::path server = dir.path() / "server.git";
  fs::path upstream = dir.path() / "upstream";
  fs::path theirs = dir.path() / "theirs";

  TwoOrganisations() {
    fs::create_directories(ours);
    copy_examples(ours);
    write_file(ours / "alearn.yaml",
               "schema: 1\nname: Waalkant\nthemes:\n  - Gezond werken\n  - Uitstroom beperken\n");
    net_must("git init -q -b main . && git add -A && git commit -qm start", ours);
    net_must("git init -q --bare -b main " + net_quote(server.string()), dir.path());
    net_must("git clone -q " + net_quote(server.string()) + " upstream", dir.path());
    net_must(
        "$ALEARN init --name Lingehof --organisation 'Zorgcentrum De Lingehof' --lang en . && "
        "$ALEARN workgroup new 'Night shifts' --slug nights --organisation 'Zorgcentrum De Lingehof' "
        "--member 'Esther van Dam' --member 'Jeroen Hak' --theme 'Healthy work' --problem 'Open nights' && "
        "git add -A && git commit -qm start && git push -q origin main",
        upstream);
    net_must("git clone -q " + net_quote(server.string()) + " theirs", dir.path());
  }
};

// Every file under `dir` with its text, to see that nothing changed.
std::map<std::string, std::string> tree_texts(const fs::path &dir) {
  std::map<std::string, std::string> files;
  for (const auto &entry : fs::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file() && entry.path().string().find("/.git/") == std::string::npos) {
      files[entry.path().lexically_relative(dir).string()] = read_file(entry.path());
    }
  }
  return files;
}

} // namespace

TEST_SUITE("network") {
  TEST_CASE("the progress score follows the documented rule, from the top") {
    ScoredGroup scored;
    CHECK(score_of(scored) == 1.0);
    for (int step = 1; step <= 4; ++step) {
      scored.group.step_events.push_back(step_done(step));
    }
    CHECK(score_of(scored) == 1.5);
    scored.indicators.push_back(indicator_with_target(30, 20, Direction::down));
    add_status(scored, {30, 31, 30}, false);
    CHECK(score_of(scored) == 2.0);
    scored.group.experiments.push_back(experiment_with(week(3), std::nullopt));
    CHECK(score_of(scored) == 2.5);
    ScoredGroup better = scored;
    better.statuses.back().indicator = &better.indicators.back();
    better.statuses.back().latest->value = 25; // better than the baseline of 30, no signal
    CHECK(score_of(better) == 3.0);
    ScoredGroup signal = scored;
    signal.indicators.back() = indicator_with_target(30, 20, Direction::down);
    signal.statuses.clear();
    add_status(signal, {30, 31, 29, 26, 25, 24}, true);
    CHECK(score_of(signal) == 3.5);
    signal.statuses.clear();
    add_status(signal, {30, 31, 29, 26, 25, 20}, true);
    CHECK(score_of(signal) == 4.0);
    signal.statuses.clear();
    add_status(signal, {30, 31, 29, 19, 18, 20}, true);
    CHECK(score_of(signal) == 4.0); // sustained, but no change adopted yet
    signal.group.experiments.push_back(experiment_with(week(1), Decision::adopt));
    CHECK(score_of(signal) == 5.0); // the only indicator with a target held it
    signal.indicators.push_back(indicator_with_target(6, 8, Direction::up));
    add_status(signal, {6, 6, 7}, false);
    signal.statuses.front().indicator = &signal.indicators.front();
    CHECK(score_of(signal) == 4.5); // one of two indicators held its target
    const ProgressScore why = progress_score(signal.group, signal.statuses);
    CHECK(why.reason.en.find("Wachttijd") != std::string::npos);
    CHECK(score_label(4.5).en == "4.5 sustainable improvement");
    CHECK(score_label(1.0).nl == "1.0 team in vorming");
  }

  TEST_CASE("names leave a lesson whole, first names as whole words") {
    const std::vector<std::string> names{"Henk Dekker", "Ans"};
    CHECK(without_names("Henk Dekker en Henk belden Ans; Hans en Anselm niet.", names) ==
          "N.N. en N.N. belden N.N.; Hans en Anselm niet.");
    CHECK(without_names("Niemand genoemd.", names) == "Niemand genoemd.");
  }

  TEST_CASE("network status reads the example's two repositories, grouped and filtered") {
    ExampleRepo examples;
    const Outcome status = examples({"network", "status"});
    REQUIRE(status.code == 0);
    for (const char *name :
         {"Goed begonnen", "Ervaren begeleiders", "Wijkteam Waalkant", "Nachtdiensten rond",
          "Leerlingen blijven", "Zorgcentrum De Lingehof", "Totals"}) {
      CHECK_MESSAGE(status.out.find(name) != std::string::npos, name);
    }
    const Outcome json = examples({"network", "status", "--json"});
    REQUIRE(json.code == 0);
    const auto value = nlohmann::json::parse(json.out);
    CHECK(value["repositories"].size() == 2);
    CHECK(value["workgroups"].size() == 5);
    CHECK(value["totals"]["workgroups"] == 5);
    for (const auto &glance : value["workgroups"]) {
      CHECK(glance["progress_score"]["value"].get<double>() >= 1.0);
    }
    const auto night =
        std::ranges::find_if(value["workgroups"], [](const auto &g) { return g["slug"] == "nachtdienst"; });
    REQUIRE(night != value["workgroups"].end());
    CHECK((*night)["progress_score"]["value"] == 4.5);
    CHECK((*night)["repository"] == "De Lingehof");
    CHECK((*night)["open_blockers"] == 1);

    const auto slugs = [&](const std::vector<std::string> &filter) {
      std::vector<std::string> args{"network", "status", "--json"};
      args.insert(args.end(), filter.begin(), filter.end());
      const Outcome filtered = examples(args);
      REQUIRE(filtered.code == 0);
      std::vector<std::string> found;
      const auto parsed = nlohmann::json::parse(filtered.out);
      for (const auto &glance : parsed["workgroups"]) {
        found.push_back(glance["slug"]);
      }
      return found;
    };
    CHECK(slugs({"--theme", "meer uren werken"}) == std::vector<std::string>{"nachtdienst"});
    CHECK(slugs({"--organisation", "linde"}) == std::vector<std::string>{"inwerken"});
    CHECK(slugs({"--network", "lingehof"}) == std::vector<std::string>{"leerlingen", "nachtdienst"});
    const Outcome typo = examples({"network", "status", "--theme", "Gezond werkn"});
    CHECK(typo.code == 2);
    CHECK(typo.err.find("did you mean 'Gezond werken'") != std::string::npos);
    const Outcome nowhere = examples({"network", "status", "--network", "elders"});
    CHECK(nowhere.code != 0);
    CHECK(nowhere.err.find("no repository 'elders'") != std::string::npos);

    const Outcome by_theme = examples({"network", "status", "--by", "theme", "--format", "md"});
    REQUIRE(by_theme.code == 0);
    CHECK(by_theme.out.find("## Uitstroom beperken") != std::string::npos);
    CHECK(by_theme.out.find("| Workgroup | Step |") != std::string::npos);
    REQUIRE(examples({"network", "status", "-o", "status.html"}).code == 0);
    const std::string html = read_file(examples.root() / "status.html");
    CHECK(html.find("<h1>Network status: Zorgnetwerk Waalkant</h1>") != std::string::npos);
    CHECK(html.find("<script") == std::string::npos);
  }

  TEST_CASE("an export of the status refuses personal data, the terminal view does not") {
    ExampleRepo examples;
    const fs::path file = examples.root() / "netwerk/lingehof/workgroups/leerlingen/workgroup.md";
    std::string text = read_file(file);
    text.replace(text.find("problem: "), 9, "problem: Bel mevrouw op 06-12345678. ");
    write_file(file, text);
    CHECK(examples({"network", "status"}).code == 0);
    const Outcome refused = examples({"network", "status", "--format", "html", "-o", "out.html"});
    CHECK(refused.code == 2);
    CHECK(refused.err.find("leerlingen/workgroup.md") != std::string::npos);
    CHECK(refused.err.find("06-12345678") == std::string::npos);
    CHECK_FALSE(fs::exists(examples.root() / "out.html"));
    CHECK(examples({"network", "status", "--json"}).code == 2);
    CHECK(examples({"network", "status", "--json", "--allow-personal-data"}).code == 0);
  }

  TEST_CASE("a missing or broken repository is a warning of the view, never its failure") {
    ExampleRepo examples;
    write_file(examples.root() / "alearn.yaml",
               read_file(examples.root() / "alearn.yaml") +
                   "  - name: Weg\n    path: ../nergens\n  - name: Kapot\n    path: netwerk/kapot\n");
    fs::create_directories(examples.root() / "netwerk/kapot");
    write_file(examples.root() / "netwerk/kapot/alearn.yaml", "schema: 1\nname: [unclosed\n");
    const Outcome status = examples({"network", "status"});
    CHECK(status.code == 0);
    CHECK(status.out.find("the clone of 'Weg' is missing") != std::string::npos);
    CHECK(status.out.find("Kapot  not read") != std::string::npos);
    CHECK(status.out.find("Nachtdiensten rond") != std::string::npos);
    const Outcome list = examples({"network", "list", "--json"});
    REQUIRE(list.code == 0);
    const auto value = nlohmann::json::parse(list.out);
    REQUIRE(value.size() == 4);
    CHECK(value[2]["read"] == false);
    CHECK(value[3]["problems"].size() == 1);
  }

  TEST_CASE("lessons: only what the group shared, by theme, anonymous on request") {
    ExampleRepo examples;
    const Outcome json = examples({"lessons", "--json"});
    REQUIRE(json.code == 0);
    const auto value = nlohmann::json::parse(json.out);
    std::vector<std::string> ids;
    for (const auto &lesson : value["lessons"]) {
      ids.push_back(lesson["id"]);
      CHECK(lesson["shared"]["date"].is_string());
    }
    CHECK(ids.size() == 4); // two in each repository
    CHECK(value["not_shared"] == 2);
    CHECK(std::ranges::find(ids, "yj5s5csx") != ids.end());
    const Outcome named = examples({"lessons", "--format", "md"});
    CHECK(named.out.find("Henk Dekker") != std::string::npos);
    const Outcome anonymous = examples({"lessons", "--anonymous", "--format", "md"});
    REQUIRE(anonymous.code == 0);
    CHECK(anonymous.out.find("Henk Dekker") == std::string::npos);
    CHECK(anonymous.out.find("## Meer uren werken") != std::string::npos);
    CHECK(anonymous.out.find("**Who it was meant for**") != std::string::npos);
    const Outcome html = examples({"lessons", "--format", "html", "--theme", "uitstroom beperken"});
    REQUIRE(html.code == 0);
    CHECK(html.out.find("Mentoruren voor ervaren begeleiders") != std::string::npos);
    CHECK(html.out.find("Regionale flexpool") == std::string::npos);
  }

  TEST_CASE("blockers and the inspiration bundle span the network on request") {
    ExampleRepo examples;
    const Outcome own = examples({"blockers"});
    REQUIRE(own.code == 0);
    CHECK(own.out.find("r7kq2wxm") != std::string::npos);
    CHECK(own.out.find("0cwxwfhq") == std::string::npos);
    const Outcome network = examples({"blockers", "--network"});
    REQUIRE(network.code == 0);
    CHECK(network.out.find("r7kq2wxm") != std::string::npos);
    CHECK(network.out.find("(nachtdienst, De Lingehof)") != std::string::npos);
    const Outcome one = examples({"blockers", "--network", "lingehof", "--json"});
    REQUIRE(one.code == 0);
    CHECK(nlohmann::json::parse(one.out).size() == 1);

    const Outcome bundle = examples({"resources", "--network", "--json"});
    REQUIRE(bundle.code == 0);
    const auto value = nlohmann::json::parse(bundle.out);
    std::size_t onboarding = 0;
    for (const auto &source : value["sources"]) {
      if (source["link"] == "https://example.org/onboarding-in-de-zorg") {
        ++onboarding;
        CHECK(source["workgroups"].size() == 2); // named in both repositories, listed once
      }
    }
    CHECK(onboarding == 1);
    const Outcome page =
        examples({"resources", "--network", "--theme", "meer uren werken", "--format", "html"});
    REQUIRE(page.code == 0);
    CHECK(page.out.find("<h2>Meer uren werken</h2>") != std::string::npos);
    CHECK(page.out.find("<h2>Uitstroom beperken</h2>") == std::string::npos);
    CHECK(page.out.find("zelfroosteren-in-de-zorg") != std::string::npos);

    // What is exported is checked for personal data; the terminal view is not refused.
    const fs::path blocker = examples.root() / "netwerk/lingehof/workgroups/nachtdienst/blockers/0cwxwfhq.md";
    write_file(blocker, read_file(blocker) + "\nMail naar j.jansen@example.com voor de cao-tafel.\n");
    CHECK(examples({"blockers", "--network"}).code == 0);
    const Outcome refused = examples({"blockers", "--network", "--format", "md"});
    CHECK(refused.code == 2);
    CHECK(refused.err.find("0cwxwfhq.md") != std::string::npos);
    CHECK(examples({"blockers", "--network", "--format", "md", "--allow-personal-data"}).code == 0);
    CHECK(examples({"blockers", "--format", "md"}).code == 0); // this repository alone has none
  }

  TEST_CASE("site: every page of the network, replaced whole, refused whole") {
    ExampleRepo examples;
    const Outcome written = examples({"site", "-o", "site"});
    REQUIRE(written.code == 0);
    CHECK(written.out.find("Site written to site: 9 pages") != std::string::npos);
    const fs::path site = examples.root() / "site";
    for (const char *page :
         {"index.html", "lessons.html", "blockers.html", "bundle.html",
          "workgroups/zorgnetwerk-waalkant--inwerken.html", "workgroups/de-lingehof--nachtdienst.html"}) {
      CHECK_MESSAGE(fs::exists(site / page), page);
    }
    const std::string index = read_file(site / "index.html");
    CHECK(index.find("<a href=\"workgroups/de-lingehof--leerlingen.html\">Leerlingen blijven (Zorgcentrum De "
                     "Lingehof)</a>") != std::string::npos);
    CHECK(index.find("<a href=\"lessons.html\">") != std::string::npos);
    CHECK(read_file(site / "workgroups/de-lingehof--nachtdienst.html").find("<a href=\"../index.html\">") !=
          std::string::npos);
    CHECK(read_file(site / "blockers.html").find("0cwxwfhq") != std::string::npos);

    // Again: the earlier site is replaced, and a page that is no longer made goes with it.
    write_file(site / "workgroups/gone.html", "old");
    REQUIRE(examples({"site", "-o", "site", "--network", "lingehof"}).code == 0);
    CHECK_FALSE(fs::exists(site / "workgroups/gone.html"));
    CHECK_FALSE(fs::exists(site / "workgroups/zorgnetwerk-waalkant--inwerken.html"));

    // A folder that is not a site is never replaced.
    fs::create_directories(examples.root() / "mine");
    write_file(examples.root() / "mine/notes.txt", "mine");
    const Outcome not_a_site = examples({"site", "-o", "mine"});
    CHECK(not_a_site.code != 0);
    CHECK(not_a_site.err.find("is no site of alearn") != std::string::npos);
    CHECK(read_file(examples.root() / "mine/notes.txt") == "mine");

    // Personal data anywhere in what the site tells from: nothing is written, the old site stays.
    const fs::path statement = examples.root() / "workgroups/inwerken/workgroup.md";
    std::string text = read_file(statement);
    text.replace(text.find("## Achtergrond"), 14, "## Achtergrond\nIBAN NL91ABNA0417164300 van mevrouw.");
    write_file(statement, text);
    const auto before = tree_texts(site);
    const Outcome refused = examples({"site", "-o", "site"});
    CHECK(refused.code == 2);
    CHECK(refused.err.find("workgroups/inwerken/workgroup.md") != std::string::npos);
    CHECK(tree_texts(site) == before);
    const Outcome fresh = examples({"site", "-o", "fresh"});
    CHECK(fresh.code == 2);
    CHECK_FALSE(fs::exists(examples.root() / "fresh"));
    for (const auto &entry : fs::directory_iterator(examples.root())) {
      CHECK(entry.path().filename().string().find("alearn-tmp") == std::string::npos);
    }
    CHECK(examples({"site", "-o", "fresh", "--allow-personal-data"}).code == 0);
  }

  TEST_CASE("experiment share: once, for a finished or stopped experiment, after it ended") {
    ExampleRepo examples;
    const auto in = [&](std::vector<std::string> args) {
      args.insert(args.begin(), {"-w", "inwerken", "--as", "Anouk Peters"});
      return examples(args);
    };
    const Outcome running = in({"experiment", "share", "d4dznz4n"});
    CHECK(running.code != 0);
    CHECK(running.err.find("only a finished or stopped experiment") != std::string::npos);
    const Outcome twice = in({"experiment", "share", "wg7dv7kg"});
    CHECK(twice.code != 0);
    CHECK(twice.err.find("shared already") != std::string::npos);
    const Outcome early = in({"experiment", "share", "4c8swx7c", "--date", "2026-01-01"});
    CHECK(early.code != 0);
    const Outcome nobody = examples({"-w", "inwerken", "--as", "Nobody", "experiment", "share", "4c8swx7c"});
    CHECK(nobody.code != 0);
    const Outcome shared = in({"experiment", "share", "4c8swx7c", "--for-whom", "Nieuwe collega's"});
    REQUIRE(shared.code == 0);
    const std::string file = read_file(examples.root() / "workgroups/inwerken/experiments/4c8swx7c.md");
    CHECK(file.find("shared:\n  date: 2026-11-23\n  by: Anouk Peters\nfor_whom: Nieuwe collega's\n") !=
          std::string::npos);
    const Outcome show = in({"experiment", "show", "4c8swx7c"});
    CHECK(show.out.find("Shared with the network (Falend Vooruit) on 2026-11-23") != std::string::npos);
    CHECK(examples({"check"}).code == 0);
  }

  TEST_CASE("themes: from the network's list, with did-you-mean, and check names the strays") {
    ExampleRepo examples;
    const auto wijk = [&](std::vector<std::string> args) {
      args.insert(args.begin(), {"-w", "wijkteam"});
      return examples(args);
    };
    const Outcome typo = wijk({"workgroup", "theme", "add", "uitstroom beperkn"});
    CHECK(typo.code == 2);
    CHECK(typo.err.find("did you mean 'Uitstroom beperken'") != std::string::npos);
    const Outcome added = wijk({"workgroup", "theme", "add", "uitstroom beperken"});
    REQUIRE(added.code == 0);
    CHECK(added.out.find("Theme 'Uitstroom beperken' added") != std::string::npos);
    CHECK(wijk({"workgroup", "theme", "add", "Uitstroom Beperken"}).code != 0);
    const std::string file = read_file(examples.root() / "workgroups/wijkteam/workgroup.md");
    CHECK(file.find("  - Arbeidsinnovatie\n  - Uitstroom beperken\n") != std::string::npos);
    REQUIRE(wijk({"workgroup", "theme", "remove", "gezond werken"}).code == 0);
    CHECK(read_file(examples.root() / "workgroups/wijkteam/workgroup.md").find("Gezond werken") ==
          std::string::npos);
    CHECK(wijk({"workgroup", "theme", "remove", "Gezond werken"})
              .err.find("is not in the workgroup's themes") != std::string::npos);
    CHECK(wijk({"workgroup", "theme", "remove", "Arbeidsinovatie"})
              .err.find("did you mean 'Arbeidsinnovatie'") != std::string::npos);

    std::string text = read_file(examples.root() / "workgroups/wijkteam/workgroup.md");
    text.replace(text.find("  - Arbeidsinnovatie"), 20, "  - roosters");
    write_file(examples.root() / "workgroups/wijkteam/workgroup.md", text);
    const Outcome check = examples({"check"});
    CHECK(check.code == 0);
    CHECK(check.out.find("warning: the theme 'roosters' is not one of the network's themes") !=
          std::string::npos);
  }

  TEST_CASE("init offers the six national themes, or the group's own, or none") {
    TempDir dir;
    REQUIRE(run_alearn({"init", "nl", "--lang", "nl"}, dir.path()).code == 0);
    const std::string dutch = read_file(dir.path() / "nl/alearn.yaml");
    CHECK(dutch.find(
              "themes:\n  - Arbeidsinnovatie\n  - Uitstroom beperken\n  - Werken naar talent\n  - Meer uren "
              "werken\n  - Gezond werken\n  - Leven lang ontwikkelen\n") != std::string::npos);
    REQUIRE(run_alearn({"init", "en"}, dir.path()).code == 0);
    CHECK(read_file(dir.path() / "en/alearn.yaml").find("  - Lifelong learning\n") != std::string::npos);
    REQUIRE(run_alearn({"init", "own", "--theme", "Roosters", "--theme", "Werkdruk"}, dir.path()).code == 0);
    CHECK(read_file(dir.path() / "own/alearn.yaml").find("themes:\n  - Roosters\n  - Werkdruk\n") !=
          std::string::npos);
    REQUIRE(run_alearn({"init", "none", "--no-themes"}, dir.path()).code == 0);
    CHECK(read_file(dir.path() / "none/alearn.yaml").find("themes") == std::string::npos);
    REQUIRE(run_alearn({"-w", "x", "workgroup", "new", "X", "--slug", "x"}, dir.path() / "none").code == 0);
    REQUIRE(run_alearn({"init", "none", "--ci", "owner/alearn@v1"}, dir.path()).code == 0);
    CHECK(read_file(dir.path() / "none/.github/workflows/alearn.yml").find("pages") == std::string::npos);

    // --pages: a second job publishes the site, after the check, from main only; alearn's action
    // installs alearn there without checking again.
    REQUIRE(run_alearn({"init", "pages", "--pages", "--ci", "owner/alearn@v1"}, dir.path()).code == 0);
    auto workflow = load_document(dir.path() / "pages/.github/workflows/alearn.yml", Format::yaml);
    REQUIRE(workflow.has_value());
    const Data &jobs = workflow->data["jobs"];
    REQUIRE(jobs.contains("pages"));
    CHECK(jobs["pages"]["needs"] == "check");
    CHECK(jobs["pages"]["permissions"]["pages"] == "write");
    CHECK(jobs["pages"]["if"].get<std::string>().find("refs/heads/main") != std::string::npos);
    std::vector<std::string> uses;
    for (const auto &step : jobs["pages"]["steps"]) {
      if (step.contains("uses")) {
        uses.push_back(step["uses"]);
        if (step["uses"] == "owner/alearn@v1") {
          CHECK(step["with"]["check"] == false);
        }
      }
      if (step.contains("run") && step["run"].get<std::string>().starts_with("alearn site")) {
        uses.push_back("alearn site");
      }
    }
    CHECK(uses == std::vector<std::string>{"actions/checkout@v4", "owner/alearn@v1", "alearn site",
                                           "actions/upload-pages-artifact@v3", "actions/deploy-pages@v4"});
    CHECK(run_alearn({"-w", "x", "workgroup", "theme", "add", "Anything"}, dir.path() / "none").code == 0);
  }

  TEST_CASE("with real git: add, list, status at a commit, read-only, pull, remove") {
    TwoOrganisations net;
    const NetShell added =
        net_must("$ALEARN network add ../theirs --organisation 'Zorgcentrum De Lingehof'", net.ours);
    CHECK(added.out.find("'Lingehof' (../theirs) is part of the network now") != std::string::npos);
    const std::string config = read_file(net.ours / "alearn.yaml");
    CHECK(config.find(
              "network:\n  - name: Lingehof\n    organisation: Zorgcentrum De Lingehof\n    path: ../theirs\n"
              "    remote: ") != std::string::npos);
    CHECK(net_sh("$ALEARN network add ../theirs --name Again", net.ours)
              .out.find("that clone is listed already") != std::string::npos);
    CHECK(net_sh("$ALEARN network add ../server.git", net.ours).code != 0);

    const std::string theirs_head = net_must("git rev-parse HEAD", net.theirs).out.substr(0, 12);
    const auto before = tree_texts(net.theirs);
    const NetShell status = net_must("$ALEARN network status", net.ours);
    CHECK(status.out.find("Night shifts") != std::string::npos);
    CHECK(status.out.find("Lingehof  " + theirs_head) != std::string::npos);
    CHECK(net_must("$ALEARN network list", net.ours).out.find("1 workgroups · commit " + theirs_head) !=
          std::string::npos);
    CHECK(tree_texts(net.theirs) == before);

    // Their organisation goes on; ours pulls it in.
    net_must("$ALEARN -w nights --as 'Esther van Dam' workgroup member add 'Naima Ouali' && git add -A && "
             "git commit -qm member && git push -q",
             net.upstream);
    const NetShell pulled = net_must("$ALEARN network pull", net.ours);
    CHECK(pulled.out.find("Lingehof  updated " + theirs_head) != std::string::npos);
    CHECK(net_must("$ALEARN network pull", net.ours).out.find("Lingehof  up to date") != std::string::npos);
    // Diverged: a commit of our own in their clone; git refuses to fast-forward, and so do we.
    net_must("echo x > note.txt && git add note.txt && git commit -qm local", net.theirs);
    net_must("git commit -q --allow-empty -m other && git push -q", net.upstream);
    const NetShell diverged = net_sh("$ALEARN network pull", net.ours);
    CHECK(diverged.code == 1);
    CHECK(diverged.out.find("Lingehof  not updated") != std::string::npos);

    const NetShell removed = net_must("$ALEARN network remove lingehof", net.ours);
    CHECK(removed.out.find("its clone at ../theirs is still there") != std::string::npos);
    CHECK(read_file(net.ours / "alearn.yaml").find("Lingehof") == std::string::npos);
    CHECK(fs::exists(net.theirs / "alearn.yaml"));
    CHECK(net_sh("$ALEARN network remove lingehof", net.ours).code != 0);
  }
}
