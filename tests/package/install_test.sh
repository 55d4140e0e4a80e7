#!/usr/bin/env bash
# The Debian package as a user gets it: its dependencies are the library packages the binary
# really links (asked of ldd and dpkg, not of the package's own list), dpkg installs it into a
# temporary root, and the installed alearn runs: --version, and check on the example repository.
#
#   tests/package/install_test.sh DEB SOURCE_DIR
set -euo pipefail
deb=$1
source_dir=$2
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT

fail() { echo "install_test: $*" >&2; exit 1; }

# The package's own list of dependencies, as package names without versions.
depends=$(dpkg-deb --field "$deb" Depends)
[ -n "$depends" ] || fail "the package declares no dependencies"
declared=$(echo "$depends" | tr ',' '\n' | sed -E 's/^ +//; s/ .*//' | sort -u)
echo "$declared" | grep -q -- '-dev$' && fail "a -dev package among the dependencies: $depends"

# dpkg installs it into an empty root of its own: a database with nothing in it, so the
# dependencies are left to the next check (--force-depends), as they would be to apt.
mkdir -p "$root/var/lib/dpkg/updates" "$root/var/lib/dpkg/info"
touch "$root/var/lib/dpkg/status"
dpkg --root="$root" --force-not-root --force-depends --force-script-chrootless \
  --log=/dev/null -i "$deb" >"$root/dpkg.out" 2>&1 || {
  cat "$root/dpkg.out" >&2
  fail "dpkg could not install the package"
}
alearn=$root/usr/bin/alearn
[ -x "$alearn" ] || fail "dpkg did not install usr/bin/alearn"
dpkg --root="$root" -L alearn > "$root/files"

# Every shared library the installed binary loads belongs to a package the .deb depends on.
needed=$(ldd "$alearn" | awk '/=> \// {print $3}')
[ -n "$needed" ] || fail "ldd found no shared libraries"
for library in $needed; do
  resolved=$(readlink -f "$library")
  owner=$(dpkg -S "$library" 2>/dev/null || dpkg -S "$resolved" 2>/dev/null || true)
  owner=${owner%%:*}
  [ -n "$owner" ] || fail "no Debian package owns $library"
  echo "$declared" | grep -qx "$owner" || fail "$library comes from $owner, which Depends does not name: $depends"
done

# The files where Debian expects them.
for file in /usr/bin/alearn /usr/share/man/man1/alearn.1.gz /usr/share/man/nl/man1/alearn.1.gz \
  /usr/share/bash-completion/completions/alearn /usr/share/zsh/vendor-completions/_alearn \
  /usr/share/fish/vendor_completions.d/alearn.fish; do
  grep -qx "$file" "$root/files" || fail "the package does not install $file"
done

version=$("$alearn" --version)
[[ "$version" =~ ^alearn\ [0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "alearn --version printed: $version"
expected="alearn $(dpkg-deb --field "$deb" Version)"
[ "$version" = "$expected" ] || fail "alearn --version printed '$version', the package is '$expected'"

# check on the example repository, on a copy so that nothing can touch the source tree, on a
# day when the example's measurements are up to date (they were recorded until then).
cp -r "$source_dir/examples" "$root/examples"
faketime '2026-12-02 12:00:00' "$alearn" --repo "$root/examples" check >"$root/check.out" 2>&1 || {
  cat "$root/check.out" >&2
  fail "alearn --repo examples check failed"
}

# apt resolves the dependencies on this machine (a simulation: nothing is installed).
if command -v apt-get >/dev/null; then
  apt-get install --simulate --no-install-recommends "$(readlink -f "$deb")" >"$root/apt.out" 2>&1 || {
    cat "$root/apt.out" >&2
    fail "apt cannot install the package's dependencies"
  }
fi
echo "install_test: $(basename "$deb") installs and runs (Depends: $depends)"
