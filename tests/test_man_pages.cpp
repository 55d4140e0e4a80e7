// The man pages: one per listed command in English and Dutch, as the build wrote them, clean
// for groff, and installed where Debian's packages put man pages and completions.
#include "commands.hpp"
#include "completion.hpp"
#include "helpers.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <set>

using namespace alearn;
using namespace alearn::test;
namespace fs = std::filesystem;

namespace {

const fs::path build_dir{ALEARN_BUILD_DIR};

std::set<std::string> files_in(const fs::path &dir) {
  std::set<std::string> names;
  for (const auto &entry : fs::directory_iterator(dir)) {
    names.insert(entry.path().filename().string());
  }
  return names;
}

const ManPage &page_named(const std::vector<ManPage> &pages, const std::string &file) {
  const auto found = std::ranges::find(pages, file, &ManPage::file);
  REQUIRE(found != pages.end());
  return *found;
}

} // namespace

TEST_SUITE("man pages") {
  TEST_CASE("every listed command has a page in both languages as the build wrote it") {
    for (const auto &[lang, dir] :
         {std::pair{Lang::en, build_dir / "man/man1"}, std::pair{Lang::nl, build_dir / "man/nl/man1"}}) {
      CAPTURE(dir);
      const auto pages = man_pages(lang);
      std::set<std::string> expected{"alearn.1"};
      for (const CommandSpec &spec : command_table()) {
        std::string name = "alearn-" + std::string(spec.path) + ".1";
        std::ranges::replace(name, ' ', '-');
        if (spec.visibility == Visibility::listed) {
          expected.insert(name);
        }
      }
      CHECK(expected.size() == pages.size());
      CHECK(files_in(dir) == expected);
      for (const auto &page : pages) {
        CAPTURE(page.file);
        CHECK(read_file(dir / page.file) == page.text); // the build is up to date
        CHECK(std::ranges::all_of(page.text, [](char c) { return c == '\n' || (c >= 0x20 && c < 0x7F); }));
      }
    }
    CHECK(read_file(build_dir / "completions/alearn") == completion_script(Shell::bash, Lang::en));
    CHECK(read_file(build_dir / "completions/_alearn") == completion_script(Shell::zsh, Lang::en));
    CHECK(read_file(build_dir / "completions/alearn.fish") == completion_script(Shell::fish, Lang::en));
  }

  TEST_CASE("a command's page names it and has its options with their values") {
    const auto pages = man_pages(Lang::en);
    const std::string &check = page_named(pages, "alearn-check.1").text;
    contains(check, ".TH ALEARN\\-CHECK 1 \"\" \"alearn ");
    contains(check, ".SH NAME\nalearn\\-check \\- Check the whole repository, for people and for CI\n");
    contains(check, ".SH SYNOPSIS\n\\fBalearn check\\fR [\\fIoptions\\fR]\n");
    contains(check, "\\fB\\-\\-format\\fR \\fIvalue\\fR\n");
    contains(check, "One of: \\fBtext\\fR, \\fBjson\\fR, \\fBgithub\\fR, \\fBjunit\\fR.");
    contains(check, ".SH EXIT STATUS\n.TP\n.B 0\n");
    contains(check, ".BR alearn (1)");
    const std::string &add = page_named(pages, "alearn-workgroup-member-add.1").text;
    contains(add, ".SH SEE ALSO\n.BR alearn (1),\n.BR alearn\\-workgroup\\-member\\-remove (1)\n");
    contains(add, "\\fIname\\fR");
    const std::string &main = page_named(pages, "alearn.1").text;
    for (const CommandSpec &spec : command_table()) {
      if (spec.visibility == Visibility::listed) {
        contains(main, "\\fBalearn " + std::string(spec.path) + "\\fR\n");
      }
    }
    contains(main, "\\fB\\-w\\fR, \\fB\\-\\-workgroup\\fR \\fIvalue\\fR");
    CHECK(main.find("completion values") == std::string::npos);
    const auto dutch_pages = man_pages(Lang::nl);
    const std::string &dutch = page_named(dutch_pages, "alearn-network-status.1").text;
    contains(dutch, ".SH NAAM\n");
    contains(dutch, "\\[u00E9]\\[u00E9]n"); // één
  }

  TEST_CASE("groff reads every page without a warning and renders Dutch accents") {
    // -ww: all warnings; -z: no output but the warnings. Everything on stdout or stderr is a fault.
    const auto checked =
        run_shell(fmt::format("for page in {0}/man/man1/*.1 {0}/man/nl/man1/*.1; do "
                              "groff -ww -man -Tutf8 -z \"$page\" 2>&1 | sed \"s|^|$page: |\"; done",
                              build_dir.string()),
                  build_dir);
    CHECK(checked.code == 0);
    CHECK(checked.out.empty());
    INFO(checked.out);
    const auto rendered =
        run_shell(fmt::format("groff -man -Tutf8 {}/man/nl/man1/alearn-network-status.1", build_dir.string()),
                  build_dir);
    CHECK(rendered.code == 0);
    contains(rendered.out, "één");
    const auto english = run_shell(
        fmt::format("groff -man -Tascii -P-c -P-b -P-u {}/man/man1/alearn-log-add.1", build_dir.string()),
        build_dir);
    contains(english.out, "alearn-log-add - Write in your own logbook (step 6)");
    contains(english.out, "--kind");
    // man-db, where it is installed: whatis finds each page's NAME line, and man renders one.
    const auto whatis =
        run_shell(fmt::format("command -v lexgrog >/dev/null || exit 0; "
                              "for page in {0}/man/man1/*.1 {0}/man/nl/man1/*.1; do "
                              "lexgrog \"$page\" >/dev/null || echo \"$page: no NAME for whatis\"; done",
                              build_dir.string()),
                  build_dir);
    CHECK(whatis.out.empty());
    const auto man = run_shell(fmt::format("command -v man >/dev/null || exit 0; MANWIDTH=80 man -l "
                                           "{}/man/nl/man1/alearn-workgroup-member-add.1",
                                           build_dir.string()),
                               build_dir);
    CHECK(man.code == 0);
    if (!man.out.empty()) {
      contains(man.out, "alearn-workgroup-member-add - Voeg een lid toe");
      contains(man.out, "AFSLUITSTATUS");
    }
  }

  TEST_CASE("cmake --install puts the pages and completions where Debian's packages put them") {
    TempDir prefix;
    const auto installed = run_shell(
        fmt::format("cmake --install {} --prefix {} >/dev/null", build_dir.string(), prefix.path().string()),
        build_dir);
    INFO(installed.out);
    REQUIRE(installed.code == 0);
    const fs::path share = prefix.path() / "share";
    CHECK(fs::is_regular_file(prefix.path() / "bin/alearn"));
    CHECK(fs::is_regular_file(share / "man/man1/alearn.1.gz"));
    CHECK(fs::is_regular_file(share / "man/man1/alearn-workgroup-member-add.1.gz"));
    CHECK(fs::is_regular_file(share / "man/nl/man1/alearn-workgroup-member-add.1.gz"));
    CHECK(files_in(share / "man/man1").size() == man_pages(Lang::en).size());
    CHECK(files_in(share / "man/nl/man1").size() == man_pages(Lang::nl).size());
    CHECK(read_file(share / "bash-completion/completions/alearn") ==
          completion_script(Shell::bash, Lang::en));
    CHECK(read_file(share / "zsh/vendor-completions/_alearn") == completion_script(Shell::zsh, Lang::en));
    CHECK(read_file(share / "fish/vendor_completions.d/alearn.fish") ==
          completion_script(Shell::fish, Lang::en));
  }
}
