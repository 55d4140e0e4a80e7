// libFuzzer target: the document reader. The same bytes are read as a YAML file, as a Markdown file
// whole, as its front matter only, and by read_yaml; the answers must agree, errors must name the
// file and a line, and `locate` must find every value that was read.
#include "document.hpp"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

using namespace alearn;

[[noreturn]] void broken(std::string_view what, std::string_view text) {
  std::fprintf(stderr, "reader broke its promise: %.*s\n--- text ---\n%.*s\n", static_cast<int>(what.size()),
               what.data(), static_cast<int>(text.size()), text.data());
  std::abort();
}

void check_error(const Result<Document> &doc, std::string_view file, std::string_view text) {
  if (!doc && (doc.error().file != file || doc.error().line < 1 || doc.error().message.en.empty() ||
               doc.error().message.nl.empty())) {
    broken("an error that does not name the file and a line", text);
  }
}

// Every value of `data` can be found in the text it was read from.
void check_locate(const Document &doc, const Data &data, const Data::json_pointer &pointer, int depth) {
  if (!pointer.empty() && locate(doc.yaml(), pointer).line < 1) {
    broken("locate does not find " + pointer.to_string(), doc.text);
  }
  if (depth > 4 || (!data.is_object() && !data.is_array())) {
    return;
  }
  if (data.is_array()) {
    for (std::size_t i = 0; i < data.size(); ++i) {
      check_locate(doc, data[i], pointer / i, depth + 1);
    }
    return;
  }
  for (const auto &[key, value] : data.items()) {
    check_locate(doc, value, pointer / key, depth + 1);
  }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
  const std::string text(reinterpret_cast<const char *>(data), size);
  const auto yaml = parse_document("fuzz.yaml", text, Format::yaml);
  const auto whole = parse_document("fuzz.md", text, Format::markdown, Extent::whole);
  const auto front = parse_document("fuzz.md", text, Format::markdown, Extent::front_matter);
  check_error(yaml, "fuzz.yaml", text);
  check_error(whole, "fuzz.md", text);
  check_error(front, "fuzz.md", text);
  if (whole.has_value() != front.has_value() ||
      (whole && (whole->data != front->data || whole->body() != front->body()))) {
    broken("front matter read whole and read alone differ", text);
  }
  if (yaml) {
    const auto direct = read_yaml(yaml->yaml());
    if (!direct || *direct != yaml->data) {
      broken("read_yaml and parse_document differ", text);
    }
    check_locate(*yaml, yaml->data, Data::json_pointer(), 0);
  }
  if (whole) {
    check_locate(*whole, whole->data, Data::json_pointer(), 0);
    if (whole->text.substr(whole->yaml_end).find_first_of("-.") != 0) {
      broken("the front matter does not end at a closing line", text);
    }
  }
  return 0;
}
