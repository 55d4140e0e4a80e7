// alearn_gen_docs DIR: writes the man pages and the shells' completion scripts, from the same
// functions `alearn completion` uses, into DIR at build time (the GitHub CLI's cmd/gen-docs):
//   DIR/man/man1/*.1       the pages in English
//   DIR/man/nl/man1/*.1    the pages in Dutch
//   DIR/completions/alearn, _alearn, alearn.fish   bash, zsh and fish
// Pages of commands that no longer exist are removed, so that none is installed.
#include "completion.hpp"

#include <filesystem>
#include <fstream>
#include <iostream>

namespace fs = std::filesystem;

namespace {

// A build's output, not a repository's file: written plainly (make runs the generator again
// when it failed).
bool write(const fs::path &file, const std::string &text) {
  std::error_code ec;
  fs::create_directories(file.parent_path(), ec);
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out << text;
  out.close();
  if (!out) {
    std::cerr << "alearn_gen_docs: cannot write " << file.string() << "\n";
  }
  return static_cast<bool>(out);
}

bool write_pages(const fs::path &dir, alearn::Lang lang) {
  std::error_code ec;
  for (const auto &entry : fs::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".1") {
      fs::remove(entry.path(), ec);
    }
  }
  bool ok = true;
  for (const auto &page : alearn::man_pages(lang)) {
    ok = write(dir / page.file, page.text) && ok;
  }
  return ok;
}

} // namespace

int main(int argc, char **argv) {
  if (argc != 2) {
    std::cerr << "usage: alearn_gen_docs DIR\n";
    return 2;
  }
  const fs::path root = fs::absolute(argv[1]);
  std::error_code ec;
  fs::create_directories(root, ec);
  bool ok = write_pages(root / "man" / "man1", alearn::Lang::en);
  ok = write_pages(root / "man" / "nl" / "man1", alearn::Lang::nl) && ok;
  const std::pair<alearn::Shell, const char *> scripts[] = {
      {alearn::Shell::bash, "alearn"}, {alearn::Shell::zsh, "_alearn"}, {alearn::Shell::fish, "alearn.fish"}};
  for (const auto &[shell, name] : scripts) {
    ok = write(root / "completions" / name, alearn::completion_script(shell, alearn::Lang::en)) && ok;
  }
  return ok ? 0 : 1;
}
