#include "ids.hpp"

#include <algorithm>
#include <array>

using namespace std::string_view_literals;

namespace alearn {

std::string new_id(const std::function<std::uint64_t()> &random) {
  std::uint64_t bits = random();
  std::string id;
  for (std::size_t i = 0; i < id_length; ++i) {
    id += id_alphabet[bits % id_alphabet.size()];
    bits /= id_alphabet.size();
  }
  return id;
}

bool is_valid_id(std::string_view id) {
  return id.size() == id_length &&
         std::ranges::all_of(id, [](char c) { return id_alphabet.find(c) != std::string_view::npos; });
}

namespace {

// ASCII base letters of U+00C0..U+017F, the Latin letters Dutch and its neighbours use;
// '\0' where a character has no plain letter (×, ÷).
constexpr std::string_view latin_fold_c0 =
    "AAAAAAACEEEEIIIIDNOOOOO\0OUUUUYTsaaaaaaaceeeeiiiidnooooo\0ouuuuyty"sv;
constexpr std::string_view latin_fold_100 =
    "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiJjJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs"sv;

// Decodes the UTF-8 sequence at text[i]; advances i. Malformed bytes decode as themselves.
char32_t next_code_point(std::string_view text, std::size_t &i) {
  const auto byte = static_cast<unsigned char>(text[i]);
  int length = 1;
  char32_t cp = byte;
  if (byte >= 0xC0 && byte < 0xE0) {
    length = 2;
    cp = byte & 0x1Fu;
  } else if (byte >= 0xE0 && byte < 0xF0) {
    length = 3;
    cp = byte & 0x0Fu;
  } else if (byte >= 0xF0 && byte < 0xF8) {
    length = 4;
    cp = byte & 0x07u;
  }
  if (i + static_cast<std::size_t>(length) > text.size()) {
    ++i;
    return byte;
  }
  for (int k = 1; k < length; ++k) {
    cp = (cp << 6u) | (static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]) & 0x3Fu);
  }
  i += static_cast<std::size_t>(length);
  return cp;
}

// The plain lower-case ASCII letter of a code point, or 0 when it has none.
char ascii_base(char32_t cp) {
  char base = 0;
  if (cp < 0x80) {
    base = static_cast<char>(cp);
  } else if (cp >= 0xC0 && cp < 0x100) {
    base = latin_fold_c0[cp - 0xC0];
  } else if (cp >= 0x100 && cp < 0x100 + latin_fold_100.size()) {
    base = latin_fold_100[cp - 0x100];
  }
  if (base >= 'A' && base <= 'Z') {
    base = static_cast<char>(base - 'A' + 'a');
  }
  return base;
}

} // namespace

std::string fold_for_matching(std::string_view text) {
  std::string folded;
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t start = i;
    const char32_t cp = next_code_point(text, i);
    if (cp >= 0x300 && cp <= 0x36F) {
      continue; // a combining accent, as macOS writes "ë": e followed by U+0308
    }
    const char base = ascii_base(cp);
    if (base != 0) {
      folded += base;
    } else {
      folded.append(text.substr(start, i - start));
    }
  }
  // Spaces around a name are not part of it.
  const auto begin = folded.find_first_not_of(' ');
  if (begin == std::string::npos) {
    return {};
  }
  return folded.substr(begin, folded.find_last_not_of(' ') - begin + 1);
}

std::string slugify(std::string_view text) {
  std::string slug;
  bool pending_dash = false;
  for (const char c : fold_for_matching(text)) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!keep) {
      pending_dash = c != '\'' && !slug.empty(); // "Zoë's" -> "zoes", not "zoe-s"
      continue;
    }
    if (pending_dash) {
      slug += '-';
      pending_dash = false;
    }
    slug += c;
  }
  return slug.substr(0, 60);
}

std::vector<std::string> match_prefix(std::string_view prefix, const std::vector<std::string> &candidates) {
  std::vector<std::string> matches;
  for (const auto &candidate : candidates) {
    if (candidate == prefix) {
      return {candidate};
    }
    if (candidate.starts_with(prefix)) {
      matches.push_back(candidate);
    }
  }
  return matches;
}

namespace {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) {
    row[j] = j;
  }
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

} // namespace

std::string closest_match(std::string_view word, const std::vector<std::string_view> &known) {
  std::string best;
  std::size_t best_distance = std::max<std::size_t>(2, word.size() / 3) + 1;
  for (const auto candidate : known) {
    const std::size_t distance = edit_distance(word, candidate);
    if (distance < best_distance) {
      best_distance = distance;
      best = candidate;
    }
  }
  return best;
}

} // namespace alearn
