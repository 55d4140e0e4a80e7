// Reading and writing without trusting the file system: links, FIFOs, planted temporaries,
// permissions, the size readers accept, and the lock writers hold.
#include "files.hpp"
#include "helpers.hpp"
#include "lock.hpp"
#include "tree.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <sys/stat.h>

using namespace alearn;
using namespace alearn::test;
namespace fs = std::filesystem;

namespace {

// Every file under `dir` whose name marks it as one of alearn's temporaries.
std::vector<fs::path> temporaries_in(const fs::path &dir) {
  std::vector<fs::path> found;
  for (const auto &entry : fs::recursive_directory_iterator(dir)) {
    if (is_temporary_name(entry.path().filename().string())) {
      found.push_back(entry.path());
    }
  }
  return found;
}

mode_t mode_of(const fs::path &file) {
  struct stat info {};
  REQUIRE(::lstat(file.c_str(), &info) == 0);
  return info.st_mode & 07777U;
}

} // namespace

TEST_SUITE("files") {
  TEST_CASE("a write creates folders and replaces a file whole") {
    TempDir dir;
    const fs::path file = dir.path() / "workgroups/a/logbook/x.md";
    REQUIRE(write_file_atomic(dir.path(), file, "one\n"));
    CHECK(read_file(file) == "one\n");
    REQUIRE(write_file_atomic(dir.path(), file, "two\n"));
    CHECK(read_file(file) == "two\n");
    CHECK(temporaries_in(dir.path()).empty());
  }

  TEST_CASE("a new file is never written over an existing one") {
    TempDir dir;
    const fs::path file = dir.path() / "x.yaml";
    write_file(file, "mine\n");
    const auto refused = write_file_atomic(dir.path(), file, "theirs\n", Overwrite::refuse);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == ErrorKind::refused);
    CHECK(read_file(file) == "mine\n");
    CHECK(temporaries_in(dir.path()).empty());
  }

  TEST_CASE("nothing is written outside the repository") {
    TempDir repo;
    TempDir elsewhere;
    SUBCASE("by a path with ..") {
      const auto refused = write_file_atomic(repo.path(), repo.path() / "../escaped.md", "x");
      REQUIRE_FALSE(refused);
      CHECK(refused.error().kind == ErrorKind::refused);
    }
    SUBCASE("through a linked folder") {
      fs::create_directories(repo.path() / "workgroups/a");
      fs::create_directory_symlink(elsewhere.path(), repo.path() / "workgroups/a/logbook");
      const auto refused = write_file_atomic(repo.path(), repo.path() / "workgroups/a/logbook/x.md", "x");
      REQUIRE_FALSE(refused);
      contains(refused.error().message.en, "outside the repository");
    }
    SUBCASE("through a linked workgroup") {
      fs::create_directories(repo.path() / "workgroups");
      fs::create_directory_symlink(elsewhere.path(), repo.path() / "workgroups/a");
      CHECK_FALSE(write_file_atomic(repo.path(), repo.path() / "workgroups/a/logbook/x.md", "x"));
    }
    CHECK(fs::is_empty(elsewhere.path()));
    CHECK_FALSE(fs::exists(repo.path().parent_path() / "escaped.md"));
  }

  TEST_CASE("a link that stays inside the repository is followed") {
    TempDir repo;
    fs::create_directories(repo.path() / "archive/logbook");
    fs::create_directories(repo.path() / "workgroups/a");
    fs::create_directory_symlink(repo.path() / "archive/logbook", repo.path() / "workgroups/a/logbook");
    REQUIRE(write_file_atomic(repo.path(), repo.path() / "workgroups/a/logbook/x.md", "x\n"));
    CHECK(read_file(repo.path() / "archive/logbook/x.md") == "x\n");
  }

  TEST_CASE("a record that is a link is not written through") {
    TempDir repo;
    TempDir elsewhere;
    write_file(elsewhere.path() / "passwd", "root:x:0:0\n");
    fs::create_symlink(elsewhere.path() / "passwd", repo.path() / "workgroup.md");
    const auto refused = write_file_atomic(repo.path(), repo.path() / "workgroup.md", "x\n");
    REQUIRE_FALSE(refused);
    contains(refused.error().message.en, "symbolic link");
    CHECK(read_file(elsewhere.path() / "passwd") == "root:x:0:0\n");
    CHECK(fs::is_symlink(repo.path() / "workgroup.md"));
  }

  TEST_CASE("a planted link at the old temporary name changes nothing") {
    TempDir repo;
    TempDir elsewhere;
    write_file(elsewhere.path() / "victim", "keep\n");
    const fs::path file = repo.path() / "x.md";
    write_file(file, "old\n");
    // The name earlier versions used: .<name>.tmp-<pid>.
    fs::create_symlink(elsewhere.path() / "victim", repo.path() / fmt::format(".x.md.tmp-{}", ::getpid()));
    REQUIRE(write_file_atomic(repo.path(), file, "new\n"));
    CHECK(read_file(elsewhere.path() / "victim") == "keep\n");
    CHECK(read_file(file) == "new\n");
    CHECK_FALSE(fs::is_symlink(file));
  }

  TEST_CASE("an edit keeps the permissions and a read-only file is refused") {
    TempDir repo;
    const fs::path file = repo.path() / "x.md";
    write_file(file, "old\n");
    fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write);
    REQUIRE(write_file_atomic(repo.path(), file, "new\n"));
    CHECK(mode_of(file) == 0600);
    fs::permissions(file, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    const auto refused = write_file_atomic(repo.path(), file, "newer\n");
    REQUIRE_FALSE(refused);
    contains(refused.error().message.en, "read-only (mode 0444)");
    CHECK(read_file(file) == "new\n");
    CHECK(mode_of(file) == 0444);
    CHECK(temporaries_in(repo.path()).empty());
  }

  TEST_CASE("a writer writes nothing a reader would refuse") {
    TempDir repo;
    const std::string big(static_cast<std::size_t>(max_record_size) + 1, 'x');
    const auto refused = write_file_atomic(repo.path(), repo.path() / "big.md", big);
    REQUIRE_FALSE(refused);
    contains(refused.error().message.en, "alearn would not read it back");
    CHECK_FALSE(fs::exists(repo.path() / "big.md"));
  }

  TEST_CASE("reading refuses links, FIFOs and folders without blocking") {
    TempDir dir;
    write_file(dir.path() / "real.md", "x");
    fs::create_symlink(dir.path() / "real.md", dir.path() / "link.md");
    REQUIRE(::mkfifo((dir.path() / "pipe.md").c_str(), 0600) == 0);
    const auto link = read_text_file(dir.path() / "link.md");
    REQUIRE_FALSE(link);
    contains(link.error().message.en, "symbolic link");
    const auto start = std::chrono::steady_clock::now();
    const auto pipe = read_front_matter_text(dir.path() / "pipe.md");
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds{2});
    REQUIRE_FALSE(pipe);
    contains(pipe.error().message.en, "a FIFO");
    const auto folder = read_text_file(dir.path());
    REQUIRE_FALSE(folder);
    contains(folder.error().message.en, "a folder, not a regular file");
  }

  TEST_CASE("resolve_inside says where a path leads") {
    TempDir repo;
    TempDir elsewhere;
    fs::create_directories(repo.path() / "a");
    fs::create_directory_symlink(elsewhere.path(), repo.path() / "out");
    fs::create_symlink("loop", repo.path() / "loop");
    CHECK(resolve_inside(repo.path(), repo.path() / "a/new.md"));
    const auto out = resolve_inside(repo.path(), repo.path() / "out/x.md");
    REQUIRE_FALSE(out);
    contains(out.error().message.en, "outside the repository");
    const auto loop = resolve_inside(repo.path(), repo.path() / "loop");
    REQUIRE_FALSE(loop);
    contains(loop.error().message.en, "a loop of symbolic links");
  }

  TEST_CASE("a listing names every odd entry") {
    TempDir repo;
    TempDir elsewhere;
    const fs::path dir = repo.path() / "logbook";
    write_file(dir / "aaaaaaaa.md", "---\n---\n");
    write_file(repo.path() / "other.md", "---\n---\n");
    write_file(dir / ".aaaaaaaa.md.0011223344556677.alearn-tmp", "half");
    write_file(dir / ".hidden", "mine");
    fs::create_symlink(repo.path() / "other.md", dir / "inside.md");
    fs::create_symlink(elsewhere.path(), dir / "outside");
    fs::create_symlink(dir / "nowhere.md", dir / "broken.md");
    fs::create_symlink("loop.md", dir / "loop.md");
    REQUIRE(::mkfifo((dir / "pipe.md").c_str(), 0600) == 0);
    const Listing listing = list_folder(dir, fs::canonical(repo.path()));
    REQUIRE(listing.entries.size() == 2);
    CHECK(listing.entries[0].name() == "aaaaaaaa.md");
    CHECK(listing.entries[1].name() == "inside.md");
    CHECK(listing.entries[1].linked);
    CHECK(listing.entries[1].read == fs::canonical(repo.path() / "other.md"));
    CHECK(listing.links == std::vector<fs::path>{dir / "inside.md"});
    CHECK(listing.temporaries.size() == 1);
    REQUIRE(listing.problems.size() == 4);
    std::string all;
    for (const auto &problem : listing.problems) {
      all += problem.file.filename().string() + ": " + problem.message.en + "\n";
    }
    contains(all, "outside: this leads to");
    contains(all, "broken.md: this symbolic link leads nowhere");
    contains(all, "loop.md: cannot follow where this leads: a loop of symbolic links");
    contains(all, "pipe.md: this is a FIFO (named pipe), not a file or a folder");
  }

  TEST_CASE("a folder lock is exclusive until it is let go") {
    TempDir dir;
    auto first = lock_folder(dir.path());
    REQUIRE(first);
    const auto second = lock_folder(dir.path(), std::chrono::milliseconds{50});
    REQUIRE_FALSE(second);
    contains(second.error().message.en, "another alearn process");
    *first = FolderLock{};
    CHECK(lock_folder(dir.path(), std::chrono::milliseconds{50}));
  }
}
