#pragma once
// Every file format has a JSON Schema in schemas/, built into the binary. A file's data is
// checked against its schema by valijson; what valijson reports is turned into one message per
// problem, in both languages, at the line and column of the key or value concerned.
#include "document.hpp"
#include "error.hpp"

#include <string_view>
#include <vector>

namespace alearn {

struct EmbeddedSchema {
  std::string_view name; // the file name without ".schema.json": "workgroup"
  std::string_view text;
};

// Generated at build time from schemas/*.schema.json.
const std::vector<EmbeddedSchema> &embedded_schemas();

// Every problem of `doc` against the schema `name`; empty when it conforms.
std::vector<Error> schema_errors(const Document &doc, std::string_view name);

} // namespace alearn
