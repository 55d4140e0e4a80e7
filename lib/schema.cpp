#include "schema.hpp"

#include "ids.hpp"

#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <map>
#include <memory>
#include <string>

namespace alearn {

namespace {

struct CompiledSchema {
  Data raw; // the schema as JSON, to explain a problem in terms of what the schema expects
  valijson::Schema schema;
};

const CompiledSchema &compiled(std::string_view name) {
  static const auto schemas = [] {
    std::map<std::string, std::unique_ptr<CompiledSchema>, std::less<>> all;
    for (const auto &embedded : embedded_schemas()) {
      auto entry = std::make_unique<CompiledSchema>();
      entry->raw = Data::parse(embedded.text);
      valijson::SchemaParser parser;
      parser.populateSchema(valijson::adapters::NlohmannJsonAdapter(entry->raw), entry->schema);
      all.emplace(std::string(embedded.name), std::move(entry));
    }
    return all;
  }();
  const auto found = schemas.find(name);
  if (found == schemas.end()) {
    throw std::logic_error("no schema named " + std::string(name));
  }
  return *found->second;
}

// --- Where a problem is: the path of keys and indices from the root. ---

using Path = std::vector<std::string>;

// valijson names the place of a problem "<root>", "[members]", "[0]", ...
Path path_of(const std::vector<std::string> &context) {
  Path path;
  for (const auto &part : context) {
    if (part.size() >= 2 && part.front() == '[' && part.back() == ']') {
      path.push_back(part.substr(1, part.size() - 2));
    }
  }
  return path;
}

Data::json_pointer pointer_of(const Path &path) {
  Data::json_pointer pointer;
  for (const auto &token : path) {
    pointer /= token;
  }
  return pointer;
}

// "members[2].name": indices counted from 1, as a person counts list items.
std::string field_name(const Path &path, const Data &data) {
  std::string name;
  const Data *node = &data;
  for (const auto &token : path) {
    if (node != nullptr && node->is_array()) {
      const std::size_t index = std::stoul(token);
      name += fmt::format("[{}]", index + 1);
      node = index < node->size() ? &(*node)[index] : nullptr;
    } else {
      name += (name.empty() ? "" : ".") + token;
      node = node != nullptr && node->is_object() && node->contains(token) ? &(*node)[token] : nullptr;
    }
  }
  return name;
}

// The part of the schema that describes the value at `path`, following local $refs.
const Data *subschema(const Data &schema_root, const Data &data, const Path &path) {
  const auto resolve = [&](const Data *schema) {
    for (int hops = 0; schema != nullptr && schema->contains("$ref") && hops < 8; ++hops) {
      const std::string ref = (*schema)["$ref"].get<std::string>();
      schema = ref.starts_with("#") ? &schema_root.at(Data::json_pointer(ref.substr(1))) : nullptr;
    }
    return schema;
  };
  const Data *schema = resolve(&schema_root);
  const Data *node = &data;
  for (const auto &token : path) {
    if (schema == nullptr || node == nullptr) {
      return nullptr;
    }
    if (node->is_array()) {
      const std::size_t index = std::stoul(token);
      schema = schema->contains("items") ? &(*schema)["items"] : nullptr;
      node = index < node->size() ? &(*node)[index] : nullptr;
    } else {
      const Data *properties = schema->contains("properties") ? &(*schema)["properties"] : nullptr;
      schema = properties != nullptr && properties->contains(token) ? &(*properties)[token] : nullptr;
      node = node->is_object() && node->contains(token) ? &(*node)[token] : nullptr;
    }
    schema = resolve(schema);
  }
  return schema;
}

const Data *value_at(const Data &data, const Path &path) {
  const Data *node = &data;
  for (const auto &token : path) {
    if (node->is_array()) {
      const std::size_t index = std::stoul(token);
      if (index >= node->size()) {
        return nullptr;
      }
      node = &(*node)[index];
    } else if (node->is_object() && node->contains(token)) {
      node = &(*node)[token];
    } else {
      return nullptr;
    }
  }
  return node;
}

// --- What the problem is, in words. ---

std::string quoted_name(std::string_view description) {
  const auto end = description.rfind('\'');
  const auto begin = end == std::string_view::npos ? end : description.rfind('\'', end - 1);
  if (begin == std::string_view::npos) {
    return {};
  }
  return std::string(description.substr(begin + 1, end - begin - 1));
}

Text type_words(const Data &schema) {
  std::vector<std::string> types;
  if (schema.contains("type")) {
    const Data &type = schema["type"];
    if (type.is_string()) {
      types.push_back(type.get<std::string>());
    } else {
      for (const auto &item : type) {
        types.push_back(item.get<std::string>());
      }
    }
  }
  Text words;
  for (const auto &type : types) {
    Text word;
    if (type == "string") {
      word = Text{"een tekst", "a text"};
    } else if (type == "integer") {
      word = Text{"een geheel getal", "a whole number"};
    } else if (type == "number") {
      word = Text{"een getal", "a number"};
    } else if (type == "boolean") {
      word = Text{"true of false", "true or false"};
    } else if (type == "array") {
      word = Text{"een lijst", "a list"};
    } else if (type == "object") {
      word = Text{"een lijst van 'sleutel: waarde'", "a mapping of 'key: value'"};
    } else {
      continue; // null: allowed, and not worth saying
    }
    words.nl += (words.nl.empty() ? "" : " of ") + word.nl;
    words.en += (words.en.empty() ? "" : " or ") + word.en;
  }
  return words;
}

std::string enum_list(const Data &schema) {
  std::string list;
  for (const auto &item : schema.value("enum", Data::array())) {
    if (!item.is_null()) {
      list += (list.empty() ? "" : ", ") + scalar_text(item);
    }
  }
  return list;
}

// A value quoted in a message, on one line: a hand-edited file may hold anything.
std::string shown_value(const Data *value) {
  return value == nullptr ? std::string{} : one_line(scalar_text(*value));
}

struct Problem {
  Path path; // where the value is
  Spot spot = Spot::value;
  Text message;
};

Problem unknown_key(const Path &path, const std::string &key, const std::vector<std::string_view> &known) {
  Path key_path = path;
  key_path.push_back(key);
  const std::string suggestion = closest_match(key, known);
  if (suggestion.empty()) {
    return {key_path, Spot::key, tr("onbekende sleutel '{}'", "unknown key '{}'", one_line(key))};
  }
  return {key_path, Spot::key,
          tr("onbekende sleutel '{}'; bedoel je '{}'?", "unknown key '{}'; did you mean '{}'?", one_line(key),
             suggestion)};
}

// valijson names the first key that its schema does not know; every one of them is reported.
std::vector<Problem> unknown_keys(const Data &schema_root, const Data &data, const Path &path,
                                  std::string_view description) {
  std::vector<std::string_view> known;
  const Data *schema = subschema(schema_root, data, path);
  if (schema != nullptr && schema->contains("properties")) {
    for (const auto &[name, _] : (*schema)["properties"].items()) {
      known.push_back(name);
    }
  }
  const Data *object = value_at(data, path);
  if (schema == nullptr || object == nullptr || !object->is_object() ||
      schema->contains("patternProperties")) {
    return {unknown_key(path, quoted_name(description), known)};
  }
  std::vector<Problem> problems;
  for (const auto &[key, _] : object->items()) {
    if (std::ranges::find(known, key) == known.end()) {
      problems.push_back(unknown_key(path, key, known));
    }
  }
  return problems;
}

Text bounds(const std::string &field, const Data &schema) {
  const bool has_min = schema.contains("minimum");
  const bool has_max = schema.contains("maximum");
  if (has_min && has_max) {
    return tr("'{}' moet tussen {} en {} liggen", "'{}' must be between {} and {}", field,
              schema["minimum"].dump(), schema["maximum"].dump());
  }
  if (has_min) {
    return tr("'{}' moet minstens {} zijn", "'{}' must be at least {}", field, schema["minimum"].dump());
  }
  return tr("'{}' mag hoogstens {} zijn", "'{}' must be at most {}", field,
            schema.value("maximum", Data(nullptr)).dump());
}

// A key that, once present, needs another one ("finished" needs "decision").
Problem needs_also(const Data &rules, const Data &data, const Path &path, const std::string &missing) {
  const Data *object = value_at(data, path);
  const Data dependencies = rules.value("dependencies", Data::object());
  for (const auto &[key, needs] : dependencies.items()) {
    const bool present = object != nullptr && object->is_object() && object->contains(key);
    if (present && needs.is_array() && std::ranges::find(needs, Data(missing)) != needs.end()) {
      Path key_path = path;
      key_path.push_back(key);
      return {key_path, Spot::key,
              tr("bij '{}' hoort ook '{}'", "'{}' needs '{}' as well", field_name(key_path, data), missing)};
    }
  }
  return {path, Spot::value, tr("de sleutel '{}' ontbreekt", "the key '{}' is missing", missing)};
}

std::vector<Problem> explain(const Data &schema_root, const Data &data, const Path &path,
                             const std::string &description) {
  const std::string field = path.empty() ? std::string("document") : field_name(path, data);
  const Data *schema = subschema(schema_root, data, path);
  const Data none = Data::object();
  const Data &rules = schema != nullptr ? *schema : none;
  const std::string value = shown_value(value_at(data, path));
  if (description.starts_with("Object contains a property")) {
    return unknown_keys(schema_root, data, path, description);
  }
  if (description.starts_with("Missing required property")) {
    return {Problem{path, Spot::value,
                    tr("de sleutel '{}' ontbreekt", "the key '{}' is missing", quoted_name(description))}};
  }
  if (description.starts_with("Value type not permitted")) {
    if (path.empty()) {
      return {Problem{path, Spot::value,
                      tr("hier wordt een lijst van 'sleutel: waarde' verwacht",
                         "expected a mapping of 'key: value' here")}};
    }
    const Text words = type_words(rules);
    return {Problem{path, Spot::value,
                    Text{fmt::format("'{}' moet {} zijn", field, words.nl),
                         fmt::format("'{}' must be {}", field, words.en)}}};
  }
  if (description.starts_with("Failed to match against any enum")) {
    return {Problem{path, Spot::value,
                    tr("'{}' is een van: {}; niet '{}'", "'{}' is one of: {}; not '{}'", field,
                       enum_list(rules), value)}};
  }
  if (description.starts_with("Failed to match regex")) {
    if (rules.contains("x-message")) {
      const Data &form = rules["x-message"];
      return {Problem{path, Spot::value,
                      Text{fmt::format("'{}' {}: {}", field, form.value("nl", ""), value),
                           fmt::format("'{}' {}: {}", field, form.value("en", ""), value)}}};
    }
    return {Problem{path, Spot::value,
                    tr("'{}' heeft niet de verwachte vorm: {}", "'{}' does not have the expected form: {}",
                       field, value)}};
  }
  if (description.starts_with("Target should not validate")) {
    // The schemas use 'not' for one thing: a line break in a one-line field.
    return {Problem{path, Spot::value,
                    tr("'{}' is één regel: er mag geen regeleinde in",
                       "'{}' is one line: it cannot hold a line break", field)}};
  }
  if (description.starts_with("String should be no fewer")) {
    return {Problem{path, Spot::value, tr("'{}' mag niet leeg zijn", "'{}' must not be empty", field)}};
  }
  if (description.starts_with("Failed to match expected value set by 'const'")) {
    return {Problem{path, Spot::value,
                    tr("'{}' moet {} zijn, niet {}", "'{}' must be {}, not {}", field,
                       scalar_text(rules.value("const", Data(nullptr))), value)}};
  }
  if (description.starts_with("Missing dependency")) {
    return {needs_also(rules, data, path, quoted_name(description))};
  }
  if (description.starts_with("Expected number")) {
    return {Problem{path, Spot::value, bounds(field, rules)}};
  }
  return {}; // a summary of problems reported on their own
}

} // namespace

std::vector<Error> schema_errors(const Document &doc, std::string_view name) {
  const CompiledSchema &entry = compiled(name);
  thread_local valijson::Validator validator; // keeps its compiled patterns between files
  const valijson::adapters::NlohmannJsonAdapter target(doc.data);
  if (validator.validate(entry.schema, target, nullptr)) {
    return {};
  }
  valijson::ValidationResults results;
  validator.validate(entry.schema, target, &results);
  std::vector<Error> errors;
  valijson::ValidationResults::Error result;
  while (results.popError(result)) {
    const Path path = path_of(result.context);
    for (const auto &problem : explain(entry.raw, doc.data, path, result.description)) {
      Error error = error_at(doc, pointer_of(problem.path), problem.message, problem.spot);
      if (std::ranges::find(errors, error) == errors.end()) {
        errors.push_back(std::move(error));
      }
    }
  }
  if (errors.empty()) {
    errors.push_back(error_at(doc, Data::json_pointer(),
                              tr("voldoet niet aan het schema {}", "does not match the schema {}", name)));
  }
  return errors;
}

} // namespace alearn
