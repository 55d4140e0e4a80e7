#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace alearn {

// Record identifiers: 8 characters of a 32-letter alphabet without look-alikes (no i, l, o,
// u), 40 random bits. Random rather than counted, so that two branches never mint the same one.
inline constexpr std::string_view id_alphabet = "0123456789abcdefghjkmnpqrstvwxyz";
inline constexpr std::size_t id_length = 8;

std::string new_id(const std::function<std::uint64_t()> &random);
bool is_valid_id(std::string_view id);

// A file- and URL-safe name made from free text: "Zoë's Groep!" -> "zoes-groep".
std::string slugify(std::string_view text);

// Folds case and the accents of Latin letters, so that "Zoë" and "zoe" compare equal.
std::string fold_for_matching(std::string_view text);

// The candidates that start with `prefix`; an exact match wins over longer candidates.
std::vector<std::string> match_prefix(std::string_view prefix, const std::vector<std::string> &candidates);

// The known word closest to `word`, if it is close enough to be a likely typo.
std::string closest_match(std::string_view word, const std::vector<std::string_view> &known);

} // namespace alearn
