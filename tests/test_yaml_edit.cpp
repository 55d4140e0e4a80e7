#include "helpers.hpp"
#include "yaml_edit.hpp"

#include <doctest/doctest.h>
#include <yaml-cpp/yaml.h>

using namespace alearn;

namespace {

Document workgroup_markdown(const std::string &text) { return test::markdown_document("workgroup.md", text); }

std::string set(const std::string &text, const KeyPath &path, const std::string &value) {
  auto result = set_scalar(workgroup_markdown(text), path, value);
  REQUIRE(result.has_value());
  // The result must parse and hold the new value.
  auto reparsed = workgroup_markdown(*result);
  const Data *node = &reparsed.data;
  for (const auto &key : path) {
    node = &node->at(key);
  }
  CHECK(scalar_text(*node) == value);
  return *result;
}

Document yaml_file(const std::string &text) {
  auto doc = parse_document("a.yaml", text, Format::yaml);
  REQUIRE(doc.has_value());
  return *doc;
}

// The text after `edit`, which must succeed and leave every byte outside its change as it was.
std::string edited(const Document &doc, const Edit &edit) {
  auto result = apply_edit(doc, edit);
  REQUIRE_MESSAGE(result.has_value(), result.error().message.en);
  const Change &change = result->change;
  CHECK(doc.text.substr(0, change.begin) == result->text.substr(0, change.begin));
  CHECK(doc.text.substr(change.old_end) == result->text.substr(change.new_end));
  CHECK(parse_document(doc.file, result->text, doc.format).has_value());
  return result->text;
}

} // namespace

TEST_SUITE("yaml_edit") {
  TEST_CASE("set_scalar replaces a plain value and keeps comments and the body") {
    const std::string text = "---\n# top comment\nname: Oud   # keep me\nproblem: x\n---\nBody *stays*.\n";
    CHECK(set(text, {"name"}, "Nieuw") ==
          "---\n# top comment\nname: Nieuw   # keep me\nproblem: x\n---\nBody *stays*.\n");
  }

  TEST_CASE("set_scalar fills an empty value and keeps its comment") {
    const std::string text = "---\nname: A\nproblem:  # stap 1\nend:\n---\n";
    CHECK(set(text, {"problem"}, "Te veel verloop") ==
          "---\nname: A\nproblem: Te veel verloop  # stap 1\nend:\n---\n");
    CHECK(set(text, {"end"}, "2027-03-31") == "---\nname: A\nproblem:  # stap 1\nend: 2027-03-31\n---\n");
  }

  TEST_CASE("set_scalar quotes what plain YAML would misread") {
    const std::string text = "---\nname: A\n---\n";
    CHECK(set(text, {"name"}, "a: b # c") == "---\nname: \"a: b # c\"\n---\n");
  }

  TEST_CASE("set_scalar replaces quoted and block values whole") {
    SUBCASE("double quoted") {
      CHECK(set("---\nname: \"A \\\" B\" # c\n---\n", {"name"}, "C") == "---\nname: C # c\n---\n");
    }
    SUBCASE("single quoted") {
      CHECK(set("---\nname: 'it''s'\nx: 1\n---\n", {"name"}, "C") == "---\nname: C\nx: 1\n---\n");
    }
    SUBCASE("literal block") {
      CHECK(set("---\nproblem: |\n  one\n  two\n# after\nx: 1\n---\n", {"problem"}, "kort") ==
            "---\nproblem: kort\n# after\nx: 1\n---\n");
    }
    SUBCASE("multi-line plain") {
      CHECK(set("---\nproblem: een lange\n  zin\nx: 1\n---\n", {"problem"}, "kort") ==
            "---\nproblem: kort\nx: 1\n---\n");
    }
  }

  TEST_CASE("set_scalar writes text with line breaks as a literal block") {
    CHECK(set("---\nproblem: x # c\nend: 1\n---\n", {"problem"}, "regel een\nregel twee") ==
          "---\nproblem: |- # c\n  regel een\n  regel twee\nend: 1\n---\n");
  }

  TEST_CASE("set_scalar adds a missing key and missing parents") {
    CHECK(set("---\nname: A\n---\nbody\n", {"problem"}, "P") == "---\nname: A\nproblem: P\n---\nbody\n");
    CHECK(set("---\nname: A\n---\n", {"design", "goal"}, "G") == "---\nname: A\ndesign:\n  goal: G\n---\n");
    CHECK(set("---\ndesign:  # stap 2\nname: A\n---\n", {"design", "goal"}, "G") ==
          "---\ndesign:  # stap 2\n  goal: G\nname: A\n---\n");
    CHECK(set("---\ndesign:\n    goal: G  # c\n    # tail\nname: A\n---\n", {"design", "means"}, "M") ==
          "---\ndesign:\n    goal: G  # c\n    means: M\n    # tail\nname: A\n---\n");
  }

  TEST_CASE("set_scalar edits a nested value in place") {
    const std::string text = "---\ndesign:\n  goal:   # doel\n  means: geld\n---\n";
    CHECK(set(text, {"design", "goal"}, "Behoud") ==
          "---\ndesign:\n  goal: Behoud   # doel\n  means: geld\n---\n");
  }

  TEST_CASE("set_scalar keeps CRLF line endings and a byte-order mark") {
    const std::string text = "\xEF\xBB\xBF---\r\nname: A\r\nproblem: x\r\n---\r\nbody\r\n";
    CHECK(set(text, {"problem"}, "y") == "\xEF\xBB\xBF---\r\nname: A\r\nproblem: y\r\n---\r\nbody\r\n");
    CHECK(set(text, {"end"}, "2027-01-01") ==
          "\xEF\xBB\xBF---\r\nname: A\r\nproblem: x\r\nend: 2027-01-01\r\n---\r\nbody\r\n");
  }

  TEST_CASE("set_scalar refuses to treat a list as a value") {
    auto result = set_scalar(workgroup_markdown("---\nmembers:\n  - name: A\n---\n"), {"members"}, "x");
    CHECK_FALSE(result.has_value());
  }

  TEST_CASE("append_map_item adds a member after the last one") {
    const std::string text = "---\nmembers:\n  - name: A   # eerste\n    role: facilitator\n  # comment\n"
                             "  - name: B\n\n# free\nproblem: x\n---\n";
    auto result = append_map_item(workgroup_markdown(text), {"members"},
                                  {{"name", "Zoë"}, {"organisation", "De Linde"}});
    REQUIRE(result.has_value());
    CHECK(*result == "---\nmembers:\n  - name: A   # eerste\n    role: facilitator\n  # comment\n"
                     "  - name: B\n  - name: Zoë\n    organisation: De Linde\n\n# free\nproblem: x\n---\n");
  }

  TEST_CASE("append_map_item starts a list where there was none") {
    SUBCASE("empty key with a comment") {
      auto result = append_map_item(workgroup_markdown("---\nmembers:  # leden\nx: 1\n---\n"), {"members"},
                                    {{"name", "A"}});
      REQUIRE(result.has_value());
      CHECK(*result == "---\nmembers:  # leden\n  - name: A\nx: 1\n---\n");
    }
    SUBCASE("empty flow list") {
      auto result =
          append_map_item(workgroup_markdown("---\nmembers: []\nx: 1\n---\n"), {"members"}, {{"name", "A"}});
      REQUIRE(result.has_value());
      CHECK(*result == "---\nmembers:\n  - name: A\nx: 1\n---\n");
    }
    SUBCASE("missing key") {
      auto result = append_map_item(workgroup_markdown("---\nx: 1\n---\n"), {"members"}, {{"name", "A"}});
      REQUIRE(result.has_value());
      CHECK(*result == "---\nx: 1\nmembers:\n  - name: A\n---\n");
    }
  }

  TEST_CASE("append_text_item follows the list's own indentation") {
    auto result = append_text_item(workgroup_markdown("---\nagreements:\n- Op tijd\nx: 1\n---\n"),
                                   {"agreements"}, "Telefoon weg");
    REQUIRE(result.has_value());
    CHECK(*result == "---\nagreements:\n- Op tijd\n- Telefoon weg\nx: 1\n---\n");
  }

  TEST_CASE("append_text_item adds to a flow list in its own form") {
    auto result = append_text_item(workgroup_markdown("---\nthemes: [a, b]  # c\n---\n"), {"themes"}, "c, d");
    REQUIRE(result.has_value());
    CHECK(*result == "---\nthemes: [a, b, \"c, d\"]  # c\n---\n");
  }

  TEST_CASE("remove_item removes one item's lines only") {
    const std::string text =
        "---\nmembers:\n  - name: A\n    role: r\n  # about B\n  - name: B\n  - name: C\nx: 1\n---\n";
    SUBCASE("first") {
      auto result = remove_item(workgroup_markdown(text), {"members"}, 0);
      REQUIRE(result.has_value());
      CHECK(*result == "---\nmembers:\n  # about B\n  - name: B\n  - name: C\nx: 1\n---\n");
    }
    SUBCASE("last") {
      auto result = remove_item(workgroup_markdown(text), {"members"}, 2);
      REQUIRE(result.has_value());
      CHECK(*result == "---\nmembers:\n  - name: A\n    role: r\n  # about B\n  - name: B\nx: 1\n---\n");
    }
    SUBCASE("out of range") {
      CHECK_FALSE(remove_item(workgroup_markdown(text), {"members"}, 3).has_value());
    }
  }

  TEST_CASE("set_item_scalar adds or changes one key of one list item") {
    const std::string text = "---\ntitle: T\nactions:\n  - what: A  # first\n    owner: X\n  # about B\n"
                             "  - what: B\n    owner: Y\n    done: 2026-01-01\nvisual: v.png\n---\nBody\n";
    const Document doc = test::markdown_document("m.md", text);
    SUBCASE("a key the item lacks goes after its last line") {
      CHECK(edited(doc, SetItemScalar{{"actions"}, 0, "done", "2026-11-20"}) ==
            "---\ntitle: T\nactions:\n  - what: A  # first\n    owner: X\n    done: 2026-11-20\n  # about B\n"
            "  - what: B\n    owner: Y\n    done: 2026-01-01\nvisual: v.png\n---\nBody\n");
    }
    SUBCASE("a key the item has changes in place") {
      CHECK(edited(doc, SetItemScalar{{"actions"}, 1, "done", "2026-11-20"}) ==
            "---\ntitle: T\nactions:\n  - what: A  # first\n    owner: X\n  # about B\n"
            "  - what: B\n    owner: Y\n    done: 2026-11-20\nvisual: v.png\n---\nBody\n");
    }
    SUBCASE("the last item of the front matter") {
      const Document last = test::markdown_document("m.md", "---\nactions:\n- what: A\n  owner: X\n---\n");
      CHECK(edited(last, SetItemScalar{{"actions"}, 0, "due", "2026-12-01"}) ==
            "---\nactions:\n- what: A\n  owner: X\n  due: 2026-12-01\n---\n");
    }
    SUBCASE("an item in flow form") {
      const Document flow = yaml_file("actions: [{what: A, owner: X}, {what: B}]  # c\n");
      CHECK(edited(flow, SetItemScalar{{"actions"}, 1, "done", "2026-11-20"}) ==
            "actions: [{what: A, owner: X}, {what: B, done: 2026-11-20}]  # c\n");
    }
    SUBCASE("no such item") {
      auto result = set_item_scalar(doc, {"actions"}, 2, "done", "2026-11-20");
      REQUIRE_FALSE(result.has_value());
      CHECK(result.error().message.en == "no item 3 in 'actions'");
      CHECK_FALSE(set_item_scalar(doc, {"present"}, 0, "done", "x").has_value());
    }
    SUBCASE("an item that is no mapping") {
      auto result = set_item_scalar(yaml_file("l:\n  - x\n"), {"l"}, 0, "done", "y");
      REQUIRE_FALSE(result.has_value());
      CHECK(result.error().message.en == "item 1 of 'l' is not a mapping");
      CHECK(result.error().line == 2);
    }
    SUBCASE("a key whose value is a list") {
      CHECK_FALSE(set_item_scalar(yaml_file("l:\n  - a: [1]\n"), {"l"}, 0, "a", "y").has_value());
    }
  }

  TEST_CASE("render_scalar reads back as the same text") {
    for (const std::string value : {"plain", "a: b", "#hash", "yes", "", "  lead", "quote\"s", "Zoë", "007",
                                    "1.50", "true", "null", "~"}) {
      const std::string yaml = "k: " + render_scalar(value, 2) + "\n";
      CHECK(YAML::Load(yaml)["k"].as<std::string>("") == value);
      const auto data = read_yaml(yaml);
      REQUIRE(data.has_value());
      INFO(yaml);
      CHECK((*data)["k"] == value);
    }
  }

  TEST_CASE("a byte-order mark at the start of the front matter stays") {
    const std::string text = "---\n\xEF\xBB\xBFname: A\nproblem: x\n---\nbody\n";
    CHECK(set(text, {"problem"}, "y") == "---\n\xEF\xBB\xBFname: A\nproblem: y\n---\nbody\n");
    CHECK(set(text, {"name"}, "B") == "---\n\xEF\xBB\xBFname: B\nproblem: x\n---\nbody\n");
    CHECK(set(text, {"end"}, "2027-01-01") ==
          "---\n\xEF\xBB\xBFname: A\nproblem: x\nend: 2027-01-01\n---\nbody\n");
  }

  TEST_CASE("indented front matter keeps its indentation") {
    const Document doc = workgroup_markdown("---\n  name: A\n  members:\n    - name: B\n---\nbody\n");
    CHECK(edited(doc, SetScalar{{"end"}, "2027-01-01"}) ==
          "---\n  name: A\n  members:\n    - name: B\n  end: 2027-01-01\n---\nbody\n");
    CHECK(edited(doc, SetScalar{{"design", "goal"}, "G"}) ==
          "---\n  name: A\n  members:\n    - name: B\n  design:\n    goal: G\n---\nbody\n");
    CHECK(edited(doc, AppendMapItem{{"members"}, {{"name", "C"}, {"role", "x"}}}) ==
          "---\n  name: A\n  members:\n    - name: B\n    - name: C\n      role: x\n---\nbody\n");
    CHECK(edited(doc, AppendTextItem{{"agreements"}, "Op tijd"}) ==
          "---\n  name: A\n  members:\n    - name: B\n  agreements:\n    - Op tijd\n---\nbody\n");
    CHECK(edited(doc, RemoveItem{{"members"}, 0}) == "---\n  name: A\n  members: []\n---\nbody\n");
  }

  TEST_CASE("flow mappings take values and keys in flow form") {
    const Document doc = yaml_file("design: {goal: G}  # c\n");
    CHECK(edited(doc, SetScalar{{"design", "goal"}, "a, b"}) == "design: {goal: \"a, b\"}  # c\n");
    CHECK(edited(doc, SetScalar{{"design", "goal"}, "een\ntwee"}) == "design: {goal: \"een\\ntwee\"}  # c\n");
    CHECK(edited(doc, SetScalar{{"design", "means"}, "M"}) == "design: {goal: G, means: M}  # c\n");
    CHECK(edited(doc, SetScalar{{"design", "x", "z"}, "M"}) == "design: {goal: G, x: {z: M}}  # c\n");
    CHECK(edited(yaml_file("design: {}\n"), AppendMapItem{{"design", "members"}, {{"name", "A"}}}) ==
          "design: {members: [{name: A}]}\n");
    CHECK(edited(yaml_file("{a: 1}\n"), SetScalar{{"b"}, "x"}) == "{a: 1, b: x}\n");
    CHECK(edited(yaml_file("{design}\n"), SetScalar{{"design", "goal"}, "x"}) == "{design: {goal: x}}\n");
  }

  TEST_CASE("flow lists take and lose items with their commas") {
    const Document doc = yaml_file("themes: [a, b, c]\n");
    CHECK(edited(doc, AppendMapItem{{"themes"}, {{"name", "Zoë"}}}) == "themes: [a, b, c, {name: Zoë}]\n");
    CHECK(edited(doc, RemoveItem{{"themes"}, 0}) == "themes: [b, c]\n");
    CHECK(edited(doc, RemoveItem{{"themes"}, 1}) == "themes: [a, c]\n");
    CHECK(edited(doc, RemoveItem{{"themes"}, 2}) == "themes: [a, b]\n");
    CHECK(edited(yaml_file("themes: [ a, ]\n"), RemoveItem{{"themes"}, 0}) == "themes: [ ]\n");
    CHECK(edited(yaml_file("a: {l: []}\n"), AppendTextItem{{"a", "l"}, "x"}) == "a: {l: [x]}\n");
  }

  TEST_CASE("folded and kept block scalars are replaced whole") {
    // The empty lines after a block scalar stay: new keys go after them, new values before.
    const std::string text = "---\np: >\n  een\n  twee\n\nk: |+\n  a\n\nq: 1\n---\n";
    CHECK(set(text, {"p"}, "x") == "---\np: x\n\nk: |+\n  a\n\nq: 1\n---\n");
    CHECK(set(text, {"k"}, "x") == "---\np: >\n  een\n  twee\n\nk: x\n\nq: 1\n---\n");
    CHECK(edited(yaml_file("k: |+\n  a\n\n"), SetScalar{{"z"}, "1"}) == "k: |+\n  a\n\nz: '1'\n");
    CHECK(edited(yaml_file("k: |+\n  a\n\nz: 1\n"), SetScalar{{"k"}, "b\nc"}) == "k: |-\n  b\n  c\n\nz: 1\n");
    CHECK(edited(yaml_file("k: >\n een\n  \n"), SetScalar{{"z"}, "x"}) == "k: >\n een\n  \nz: x\n");
  }

  TEST_CASE("a block scalar below its key is replaced under the key") {
    CHECK(edited(yaml_file("p:\n|-\n  een\nq: 1\n"), SetScalar{{"p"}, "x"}) == "p:\n  x\nq: 1\n");
    CHECK(edited(yaml_file("p:\n>-\n"), SetScalar{{"p"}, "x\n"}) == "p:\n  |\n  x\n");
  }

  TEST_CASE("a value after a line break inside a flow mapping") {
    CHECK(edited(yaml_file("{a: 1, l:\r\n }\n"), AppendTextItem{{"l"}, "x"}) == "{a: 1, l:\r\n [x]}\n");
  }

  TEST_CASE("NEL and LS end lines as libyaml reads them") {
    CHECK(edited(yaml_file("a: x\xC2\x85"
                           "b:\n"),
                 SetScalar{{"b", "c"}, "z"}) == "a: x\xC2\x85"
                                                "b:\n  c: z\n");
    CHECK(edited(yaml_file("a: x # c\xE2\x80\xA8"
                           "b:\n"),
                 AppendTextItem{{"b"}, "z"}) == "a: x # c\xE2\x80\xA8"
                                                "b:\n  - z\n");
  }

  TEST_CASE("a list at its key's indentation with an anchor takes items at the same column") {
    CHECK(edited(yaml_file("a: &l\n- x\n"), AppendTextItem{{"a"}, "z"}) == "a: &l\n- x\n- z\n");
    CHECK(edited(yaml_file("a: !!seq\n- x\n- y\n"), RemoveItem{{"a"}, 1}) == "a: !!seq\n- x\n");
  }

  TEST_CASE("a literal block that ends the file ends with a line break") {
    CHECK(edited(yaml_file("a: 1"), SetScalar{{"z"}, "x\n"}) == "a: 1\nz: |\n  x\n");
    CHECK(edited(yaml_file("a:"), AppendTextItem{{"a"}, "x\n"}) == "a:\n  - |\n    x\n");
  }

  TEST_CASE("keys written with '? ' are refused by name") {
    auto result = set_scalar(yaml_file("? a\n: 1\nb: 2\n"), {"a"}, "x");
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().line == 1);
    CHECK(result.error().message.en.find("'? '") != std::string::npos);
    CHECK(edited(yaml_file("? a\n: 1\n"), SetScalar{{"b"}, "x"}) == "? a\n: 1\nb: x\n");
    CHECK_FALSE(set_scalar(yaml_file("?\n  a\n: 1\n"), {"a"}, "x").has_value());
  }

  TEST_CASE("removing an item keeps the line break the closing line needs") {
    // The YAML's lines end with a lone CR; the front matter's closing line needs the LF after them.
    CHECK(edited(workgroup_markdown("---\ns:\r- x\n---\nbody\n"), RemoveItem{{"s"}, 0}) ==
          "---\ns: []\n---\nbody\n");
  }

  TEST_CASE("a null root gives way to the first key and its comment stays") {
    CHECK(edited(yaml_file("~ # c\n"), SetScalar{{"b"}, "x"}) == "# c\nb: x\n");
    CHECK(edited(yaml_file("--- !!null # c\n"), SetScalar{{"b"}, "x"}) == "--- # c\nb: x\n");
  }

  TEST_CASE("the colon of a key is found past a comment") {
    CHECK(edited(yaml_file("{a: # c\n }\n"), AppendTextItem{{"a"}, "x"}) == "{a: # c\n [x]}\n");
    CHECK(edited(yaml_file("e:\t"), SetScalar{{"e"}, "x\n"}) == "e: |\t\n  x\n");
  }

  TEST_CASE("a blank line with a tab after the place of a new key or a removed item") {
    // libyaml refuses such a line right after some lines (a quoted value, a nested key), so the
    // edit goes after it instead, or takes it with the item.
    CHECK(edited(yaml_file("a: x\n  \t# c\n"), SetScalar{{"b"}, ""}) == "a: x\n  \t# c\nb: ''\n");
    CHECK(edited(yaml_file("a: x\n \t\n"), SetScalar{{"b"}, "007"}) == "a: x\n \t\nb: '007'\n");
    CHECK(edited(yaml_file("a:\n  - u\n   \t\n  - z\n"), RemoveItem{{"a"}, 0}) == "a:\n  - z\n");
  }

  TEST_CASE("a map item with a key twice is refused") {
    auto result = append_map_item(yaml_file("a: 1\n"), {"l"}, {{"name", "A"}, {"name", "B"}});
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().kind == ErrorKind::usage);
  }

  TEST_CASE("anchors and tags go with the value they stood on") {
    CHECK(edited(yaml_file("name: &n !!str A # c\n"), SetScalar{{"name"}, "B"}) == "name: B # c\n");
    CHECK(edited(yaml_file("end: !!null\nx: 1\n"), SetScalar{{"end"}, "2027-01-01"}) ==
          "end: 2027-01-01\nx: 1\n");
    CHECK(edited(yaml_file("l: &l\n  - a\n"), AppendTextItem{{"l"}, "b"}) == "l: &l\n  - a\n  - b\n");
    CHECK(edited(yaml_file("d: &d\n  g: 1\n"), SetScalar{{"d", "h"}, "2"}) == "d: &d\n  g: 1\n  h: '2'\n");
  }

  TEST_CASE("document markers in a YAML file stay where they are") {
    CHECK(edited(yaml_file("---\na: 1\n...\n"), SetScalar{{"b"}, "x"}) == "---\na: 1\nb: x\n...\n");
    CHECK(edited(yaml_file("--- # c\n...\n"), SetScalar{{"b"}, "x"}) == "--- # c\nb: x\n...\n");
    CHECK(edited(yaml_file("--- ~\n"), SetScalar{{"b"}, "x"}) == "---\nb: x\n");
    CHECK(edited(workgroup_markdown("---\nname: A\n...\nbody\n"), SetScalar{{"b"}, "x"}) ==
          "---\nname: A\nb: x\n...\nbody\n");
  }

  TEST_CASE("empty documents get their first key") {
    CHECK(edited(yaml_file(""), SetScalar{{"b"}, "x"}) == "b: x\n");
    CHECK(edited(yaml_file("# c"), SetScalar{{"b", "c"}, "x"}) == "# c\nb:\n  c: x\n");
    CHECK(edited(workgroup_markdown("---\n---\nbody\n"), AppendTextItem{{"l"}, "x"}) ==
          "---\nl:\n  - x\n---\nbody\n");
  }

  TEST_CASE("quoted keys are found by their text and new keys quoted when needed") {
    CHECK(edited(yaml_file("\"name\": A\n'end': B\n"), SetScalar{{"end"}, "C"}) == "\"name\": A\n'end': C\n");
    CHECK(edited(yaml_file("a: 1\n"), SetScalar{{"b: c"}, "x"}) == "a: 1\n\"b: c\": x\n");
  }

  TEST_CASE("tabs multi-line plain values and a last line without a break") {
    CHECK(edited(yaml_file("name:\tA\n"), SetScalar{{"name"}, "B"}) == "name:\tB\n");
    CHECK(edited(yaml_file("p: een\n  twee # c\nq: 1\n"), SetScalar{{"p"}, "x"}) == "p: x # c\nq: 1\n");
    CHECK(edited(yaml_file("a: 1"), SetScalar{{"b"}, "x"}) == "a: 1\nb: x");
    CHECK(edited(yaml_file("a:\n- x"), AppendTextItem{{"a"}, "z"}) == "a:\n- x\n- z");
  }

  TEST_CASE("CRLF files get CRLF lines") {
    CHECK(edited(yaml_file("a: 1\r\nb: x # c\r\n"), SetScalar{{"b"}, "l1\nl2"}) ==
          "a: 1\r\nb: |- # c\r\n  l1\r\n  l2\r\n");
    CHECK(edited(yaml_file("a: 1\r\n"), AppendMapItem{{"m"}, {{"name", "Z"}, {"role", "r"}}}) ==
          "a: 1\r\nm:\r\n  - name: Z\r\n    role: r\r\n");
  }

  TEST_CASE("removing the only item leaves an empty list") {
    CHECK(edited(yaml_file("members:  # leden\n  - name: A\n    role: r\nx: 1\n"),
                 RemoveItem{{"members"}, 0}) == "members: []  # leden\nx: 1\n");
    CHECK(edited(yaml_file("list: &l !!seq # c\n  - a\n"), RemoveItem{{"list"}, 0}) ==
          "list: &l !!seq [] # c\n");
  }

  TEST_CASE("a value with a deeper comment below it is written on one line") {
    // A literal block would take the comment line in as text.
    CHECK(edited(yaml_file("design:\n  goal: x\n      # note\n  means: y\n"),
                 SetScalar{{"design", "goal"}, "a\nb"}) ==
          "design:\n  goal: \"a\\nb\"\n      # note\n  means: y\n");
  }

  TEST_CASE("values that need escapes read back") {
    const std::string text = "---\nname: A  # c\n---\n";
    for (const std::string &value :
         {std::string("tab\tin"), std::string("\ttab first\nline"), std::string("bell\a"),
          std::string("nel\xC2\x85"), std::string("ls\xE2\x80\xA8"),
          std::string("\xEF\xBB\xBF"
                      "bom"),
          std::string("two\n\n"), std::string("\n"), std::string(" lead\nx"), std::string("cr\r\nlf"),
          std::string("del\x7F"), std::string("back\\slash \"q\""), std::string("x\n  deeper"),
          std::string("- dash"), std::string("yes"), std::string("1e3"), std::string("0x1F")}) {
      INFO(value);
      set(text, {"name"}, value);
      set(text, {"new"}, value);
    }
  }

  TEST_CASE("edits that cannot be made name the file and the line") {
    SUBCASE("a path through a list") {
      auto result = set_scalar(yaml_file("a: 1\nl:\n  - x\n"), {"l", "b"}, "x");
      REQUIRE_FALSE(result.has_value());
      CHECK(result.error().file == "a.yaml");
      CHECK(result.error().line == 3);
    }
    SUBCASE("a value that is not UTF-8") {
      CHECK_FALSE(set_scalar(yaml_file("a: 1\n"), {"a"}, "\xFF").has_value());
    }
    SUBCASE("an item past the end") {
      auto result = remove_item(workgroup_markdown("---\nname: A\nl: [a]\n---\n"), {"l"}, 1);
      REQUIRE_FALSE(result.has_value());
      CHECK(result.error().file == "workgroup.md");
      CHECK(result.error().line == 3);
    }
  }
}
