// alearn init: a new repository, with what CI needs to run `alearn check` on every push.
#include "files.hpp"
#include "repository.hpp"
#include "safe_text.hpp"
#include "yaml_edit.hpp"

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

// GitHub Actions: build alearn from its source (Debian and Ubuntu carry every library it
// needs) and check the repository on every push and pull request.
// The steps that install alearn on a runner: Debian and Ubuntu carry every library it needs.
constexpr std::string_view install_steps = R"(      - uses: actions/checkout@v4
      - name: Install alearn
        run: |
          sudo apt-get update -qq
          sudo apt-get install -y -qq g++ cmake pkgconf libyaml-cpp-dev libyaml-dev libvalijson-dev \
            libfmt-dev libcli11-dev nlohmann-json3-dev libcmark-gfm-dev libcmark-gfm-extensions-dev
          git clone --depth 1 "$ALEARN_SOURCE" "$RUNNER_TEMP/alearn"
          cmake -S "$RUNNER_TEMP/alearn" -B "$RUNNER_TEMP/alearn/build" -DCMAKE_BUILD_TYPE=Release -DALEARN_TESTS=OFF
          cmake --build "$RUNNER_TEMP/alearn/build" -j
          sudo cmake --install "$RUNNER_TEMP/alearn/build"
)";

// With `pages`, a second job publishes the network's site (alearn site) on GitHub Pages after
// every push to main that passes the check.
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
)";

constexpr std::string_view pages_steps = R"(      - name: alearn site
        run: alearn site -o _site
      - uses: actions/upload-pages-artifact@v3
        with:
          path: _site
      - id: deployment
        uses: actions/deploy-pages@v4
)";

// GitHub Actions: build alearn from its source and check the repository on every push and pull
// request; optionally publish the site.
std::string workflow_text(Lang lang, std::string_view check_command, bool pages) {
  const bool nl = lang == Lang::nl;
  std::string text =
      nl ? "# alearn check bij elke push en pull request: fouten worden annotaties bij de regels.\n"
           "# Zet ALEARN_SOURCE op de git-repository waar jullie organisatie alearn bewaart.\n"
         : "# alearn check on every push and pull request: problems become annotations on the lines.\n"
           "# Set ALEARN_SOURCE to the git repository where your organisation keeps alearn.\n";
  if (pages) {
    text +=
        nl ? "# Na elke push naar main zet de job pages de site van het netwerk (alearn site) op GitHub\n"
             "# Pages; zet Pages daarvoor aan in de instellingen van de repository (bron: GitHub Actions).\n"
           : "# After every push to main the pages job publishes the network's site (alearn site) on\n"
             "# GitHub Pages; turn Pages on in the repository's settings (source: GitHub Actions).\n";
  }
  text += R"(name: alearn check
on: [push, pull_request]
env:
  ALEARN_SOURCE: https://git.example.org/alearn.git
jobs:
  check:
    runs-on: ubuntu-24.04
    steps:
)";
  text += install_steps;
  text += "      - name: alearn check\n        run: ";
  text += check_command.empty() ? std::string_view("alearn check") : check_command;
  text += "\n";
  if (pages) {
    text += pages_job;
    text += install_steps;
    text += pages_steps;
  }
  return text;
}

// A hook in the format of pre-commit's .pre-commit-hooks.yaml; the same entry works under
// `repo: local` in a .pre-commit-config.yaml.
std::string hooks_text(Lang lang) {
  std::string text =
      lang == Lang::nl
          ? "# alearn check voor elke commit (https://pre-commit.com); alearn moet zijn geïnstalleerd.\n"
          : "# alearn check before every commit (https://pre-commit.com); alearn must be installed.\n";
  text += R"(- id: alearn-check
  name: alearn check
  description: Checks the action-learning repository with alearn.
  entry: alearn check
  language: system
  pass_filenames: false
  always_run: true
)";
  return text;
}

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

Result<fs::path> init_repository(const InitOptions &options) {
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
  for (const auto &[file, text] :
       {std::pair{fs::path(".gitattributes"), std::string(attributes)},
        std::pair{fs::path(".github/workflows/alearn.yml"),
                  workflow_text(options.language, options.ci_check_command, options.pages)},
        std::pair{fs::path(".pre-commit-hooks.yaml"), hooks_text(options.language)}}) {
    TRY(write_if_absent(dir, dir / file, text));
  }
  return dir;
}

} // namespace alearn
