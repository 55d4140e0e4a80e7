// alearn init: a new repository, with what CI needs to run `alearn check` on every push.
#include "files.hpp"
#include "repository.hpp"
#include "safe_text.hpp"
#include "yaml_edit.hpp"

#include <algorithm>
#include <cctype>

namespace alearn {
namespace fs = std::filesystem;

namespace {

std::string config_text(const InitOptions &options, const std::string &name) {
  std::string config = options.language == Lang::nl
                           ? "# alearn-repository: zie docs/nl/formaat.md van alearn voor alle velden.\n"
                           : "# alearn repository: see alearn's docs/en/format.md for every field.\n";
  config += fmt::format("schema: {}\nname: {}\nlanguage: {}\norganisations:\n", current_schema,
                        render_scalar(name, 2), lang_code(options.language));
  for (const auto &organisation : options.organisations) {
    config += "  - name: " + render_scalar(organisation, 4) + "\n";
  }
  const std::vector<std::string> themes = options.themes.value_or(national_themes(options.language));
  if (!themes.empty()) {
    config +=
        options.language == Lang::nl
            ? "# De thema's van het netwerk; een werkgroep kiest eruit met alearn workgroup theme add.\n"
              "# Standaard die van het landelijke Actie Leer Netwerk: pas de lijst gerust aan.\n"
            : "# The network's themes; a workgroup chooses from them with alearn workgroup theme add.\n"
              "# By default those of the national Actie Leer Netwerk: change the list as you like.\n";
    config += "themes:\n";
    for (const auto &theme : themes) {
      config += "  - " + render_scalar(theme, 4) + "\n";
    }
  }
  return config;
}

constexpr std::string_view attributes = "# Keep line endings LF in the repository, whatever the editor.\n"
                                        "* text=auto eol=lf\n";

// Temporary files exist only while alearn writes; one is left behind only when alearn was
// killed mid-write, and must never be committed.
constexpr std::string_view ignored =
    "# alearn's temporary files, left behind only when alearn was killed while writing.\n"
    "*.alearn-tmp\n";

// `text` with every "{action}" replaced by `action`.
std::string fill_action(std::string_view text, std::string_view action) {
  std::string filled;
  constexpr std::string_view mark = "{action}";
  for (std::size_t at = 0;;) {
    const std::size_t found = text.find(mark, at);
    filled += text.substr(at, found == std::string_view::npos ? std::string_view::npos : found - at);
    if (found == std::string_view::npos) {
      return filled;
    }
    filled += action;
    at = found + mark.size();
  }
}

// With `pages`, a second job publishes the network's site (alearn site) on GitHub Pages after
// every push to main that passes the check; the action installs alearn there without checking.
constexpr std::string_view pages_job = R"(  pages:
    if: github.event_name == 'push' && github.ref == 'refs/heads/main'
    needs: check
    runs-on: ubuntu-24.04
    permissions:
      contents: read
      pages: write
      id-token: write
    environment:
      name: github-pages
      url: ${{ steps.deployment.outputs.page_url }}
    steps:
      - uses: actions/checkout@v4
      - uses: {action}
        with:
          check: false
      - name: alearn site
        run: alearn site -o _site
      - uses: actions/upload-pages-artifact@v3
        with:
          path: _site
      - id: deployment
        uses: actions/deploy-pages@v4
)";

// GitHub Actions: alearn's action (action.yml in alearn's source) builds alearn and checks the
// whole repository on a push to main, and on a pull request what it changes; optionally a second
// job publishes the site. `action` has passed check_ci_action: it needs no quoting in YAML.
std::string workflow_text(Lang lang, std::string_view action, bool pages) {
  const bool nl = lang == Lang::nl;
  std::string text =
      nl ? "# alearn check: bij een push naar main de hele repository, bij een pull request de werkgroepen\n"
           "# die het verandert en alles wat de hele repository betreft. Problemen worden annotaties bij\n"
           "# de regels; de samenvatting van de job noemt ze allemaal.\n"
           "# De stap met de GitHub Action van alearn (action.yml in de broncode van alearn) bouwt alearn\n"
           "# en draait alearn check --format github. fetch-depth: 0 haalt de geschiedenis op die --since\n"
           "# nodig heeft.\n"
         : "# alearn check: on a push to main the whole repository, on a pull request the workgroups it\n"
           "# changes and everything repository-wide. Problems become annotations on the lines; the job\n"
           "# summary lists every one of them.\n"
           "# The step with alearn's GitHub Action (action.yml in alearn's source) builds alearn and runs\n"
           "# alearn check --format github. fetch-depth: 0 fetches the history --since needs.\n";
  if (pages) {
    text +=
        nl ? "# Na elke push naar main zet de job pages de site van het netwerk (alearn site) op GitHub\n"
             "# Pages; zet Pages daarvoor aan in de instellingen van de repository (bron: GitHub Actions).\n"
           : "# After every push to main the pages job publishes the network's site (alearn site) on\n"
             "# GitHub Pages; turn Pages on in the repository's settings (source: GitHub Actions).\n";
  }
  text += R"(name: alearn check
on:
  push:
    branches: [main]
  pull_request:
permissions:
  contents: read
jobs:
  check:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - uses: {action}
)";
  text += nl ? "        # with:\n"
               "        #   args: --strict  # meer argumenten voor alearn check\n"
               "        #   folder: .       # de map van de alearn-repository in deze git-repository\n"
             : "        # with:\n"
               "        #   args: --strict  # more arguments for alearn check\n"
               "        #   folder: .       # the alearn repository's folder in this git repository\n";
  if (pages) {
    text += pages_job;
  }
  return fill_action(text, action);
}

// pre-commit (https://pre-commit.com) runs the hooks its .pre-commit-config.yaml lists; this one
// runs the alearn on the PATH, in the repository itself (`repo: local`).
std::string pre_commit_config_text(Lang lang) {
  std::string text =
      lang == Lang::nl
          ? "# alearn check voor elke commit, met pre-commit (https://pre-commit.com). alearn moet zijn\n"
            "# geïnstalleerd (in het PATH); pre-commit install zet de hook aan.\n"
          : "# alearn check before every commit, with pre-commit (https://pre-commit.com). alearn must be\n"
            "# installed (on the PATH); pre-commit install turns the hook on.\n";
  text += R"(repos:
  - repo: local
    hooks:
      - id: alearn-check
        name: alearn check
        entry: alearn check
        language: system
        pass_filenames: false
        always_run: true
)";
  return text;
}

constexpr std::string_view workflow_file = ".github/workflows/alearn.yml";
constexpr std::string_view pre_commit_config_file = ".pre-commit-config.yaml";

// Writes a file that helps but belongs to the user once it exists: an existing one stays.
Status write_if_absent(const fs::path &root, const fs::path &file, std::string_view text) {
  auto written = write_file_atomic(root, file, text, Overwrite::refuse);
  if (!written && written.error().kind != ErrorKind::refused) {
    return written;
  }
  return {};
}

// A .gitignore of the user's own gets the pattern added at its end; every other byte stays.
Status ignore_temporaries(const fs::path &dir) {
  const fs::path file = dir / ".gitignore";
  std::error_code ec;
  if (!fs::exists(fs::symlink_status(file, ec))) {
    return write_file_atomic(dir, file, ignored, Overwrite::refuse);
  }
  auto text = read_text_file(file);
  TRY(text);
  if (text->find("*.alearn-tmp") != std::string::npos) {
    return {};
  }
  const std::string separator = text->empty() || text->ends_with("\n") ? "" : "\n";
  return write_file_atomic(dir, file, *text + separator + std::string(ignored));
}

} // namespace

std::vector<std::string> national_themes(Lang lang) {
  if (lang == Lang::nl) {
    return {"Arbeidsinnovatie", "Uitstroom beperken", "Werken naar talent",
            "Meer uren werken", "Gezond werken",      "Leven lang ontwikkelen"};
  }
  return {"Innovation in work", "Fewer people leaving", "Working to talent",
          "More working hours", "Healthy work",         "Lifelong learning"};
}

namespace {

// GitHub's rules for names: an owner (user or organisation) has letters, digits and single
// hyphens, at most 39 characters; a repository letters, digits, '.', '_' and '-'.
bool valid_owner(std::string_view owner) {
  return !owner.empty() && owner.size() <= 39 && !owner.starts_with('-') && !owner.ends_with('-') &&
         owner.find("--") == std::string_view::npos && std::ranges::all_of(owner, [](char c) {
           return std::isalnum(static_cast<unsigned char>(c)) || c == '-';
         });
}

bool valid_repository_name(std::string_view name) {
  return !name.empty() && name.size() <= 100 && name != "." && name != ".." &&
         std::ranges::all_of(name, [](char c) {
           return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-';
         });
}

// A tag, branch or commit as git allows it (git check-ref-format), kept to the characters that
// need no quoting in YAML: letters, digits, '.', '_', '-' and '/'.
bool valid_ref(std::string_view ref) {
  return !ref.empty() && ref.size() <= 255 && !ref.starts_with('-') && !ref.starts_with('/') &&
         !ref.starts_with('.') && !ref.ends_with('/') && !ref.ends_with('.') && !ref.ends_with(".lock") &&
         ref.find("..") == std::string_view::npos && ref.find("//") == std::string_view::npos &&
         ref.find("/.") == std::string_view::npos && std::ranges::all_of(ref, [](char c) {
           return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-' || c == '/';
         });
}

// The workflow, unless one is there: it belongs to the user once it exists.
Status write_workflow(const fs::path &dir, const InitOptions &options) {
  if (options.ci_action.empty()) {
    return {};
  }
  return write_if_absent(dir, dir / workflow_file,
                         workflow_text(options.language, options.ci_action, options.pages));
}

} // namespace

Status check_ci_action(std::string_view action) {
  const std::size_t at = action.find('@');
  const std::string_view path = action.substr(0, at);
  const std::size_t slash = path.find('/');
  const bool valid = at != std::string_view::npos && slash != std::string_view::npos &&
                     valid_owner(path.substr(0, slash)) && valid_repository_name(path.substr(slash + 1)) &&
                     valid_ref(action.substr(at + 1));
  if (valid) {
    return {};
  }
  Error error{ErrorKind::usage,
              tr("'{}' is geen GitHub Action als eigenaar/repository@ref, zoals "
                 "mijn-organisatie/alearn@v1: de eigenaar en de repository met letters, cijfers en -, "
                 "de repository ook met . en _, de ref (een tag, branch of commit) niet leeg",
                 "'{}' is no GitHub Action as owner/repository@ref, such as my-organisation/alearn@v1: "
                 "the owner and the repository of letters, digits and -, the repository also with . and _, "
                 "the ref (a tag, branch or commit) not empty",
                 one_line(action))};
  error.inputs = {Param::ci};
  return std::unexpected(std::move(error));
}

Result<fs::path> init_repository(const InitOptions &options) {
  if (options.pages && options.ci_action.empty()) {
    Error error{ErrorKind::usage,
                tr("de site op GitHub Pages vraagt een workflow, en die de GitHub Action van alearn; er is "
                   "niets geschreven",
                   "the site on GitHub Pages needs a workflow, and that alearn's GitHub Action; nothing was "
                   "written")};
    error.inputs = {Param::pages, Param::ci};
    return std::unexpected(std::move(error));
  }
  if (!options.ci_action.empty()) {
    TRY(check_ci_action(options.ci_action));
  }
  std::error_code ec;
  fs::path dir = fs::absolute(options.dir, ec).lexically_normal();
  if (!dir.has_filename() && dir.has_parent_path()) {
    dir = dir.parent_path(); // "/tmp/net/" -> "/tmp/net"
  }
  if (fs::exists(dir / config_file_name, ec)) {
    return fail(ErrorKind::refused,
                tr("hier staat al een alearn-repository; er is niets veranderd",
                   "an alearn repository already exists here; nothing was changed"),
                dir / config_file_name);
  }
  fs::create_directories(dir, ec);
  if (ec) {
    return fail(ErrorKind::io, tr("kan map niet maken: {}", "cannot create folder: {}", ec.message()), dir);
  }
  const std::string name = options.name.empty() ? dir.filename().string() : options.name;
  TRY(check_new_value("name", name));
  for (const auto &theme : options.themes.value_or(std::vector<std::string>{})) {
    TRY(check_new_value("themes[]", theme));
  }
  for (const auto &organisation : options.organisations) {
    TRY(check_new_value("organisations[].name", organisation));
  }
  if (auto written =
          write_file_atomic(dir, dir / config_file_name, config_text(options, name), Overwrite::refuse);
      !written) {
    return std::unexpected(written.error());
  }
  TRY(ignore_temporaries(dir));
  TRY(write_if_absent(dir, dir / ".gitattributes", attributes));
  TRY(write_if_absent(dir, dir / pre_commit_config_file, pre_commit_config_text(options.language)));
  TRY(write_workflow(dir, options));
  return dir;
}

Status add_ci_workflow(const fs::path &root, const InitOptions &options) {
  TRY(check_ci_action(options.ci_action));
  std::error_code ec;
  if (fs::exists(fs::symlink_status(root / workflow_file, ec))) {
    return fail(ErrorKind::refused,
                tr("de workflow bestaat al; er is niets veranderd (haal hem weg om een nieuwe te laten "
                   "schrijven)",
                   "the workflow exists already; nothing was changed (remove it to have a new one written)"),
                root / workflow_file);
  }
  return write_workflow(root, options);
}

} // namespace alearn
