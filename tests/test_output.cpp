// render(): a command's value goes to the renderer of the format asked for.
#include "helpers.hpp"
#include "output.hpp"

#include <doctest/doctest.h>

#include <sstream>

using namespace alearn;

namespace {

struct Count {
  int value = 0;
};

void count_text(Session &session, const Count &count) { session.io.out << "count " << count.value << "\n"; }

Json count_json(const Session & /*session*/, const Count &count) { return Json{{"count", count.value}}; }

constexpr Renderers<Count> renderers{count_text, count_json};

struct Rendered {
  Status status;
  std::string out;
};

Rendered rendered(OutputFormat format) {
  std::istringstream in;
  std::ostringstream out;
  std::ostringstream err;
  Io io{in, out, err, test::fixed_context("."), {}};
  Session session{io, Lang::en, false, {}, {}, std::nullopt, 0};
  Status status = render(session, Output{format}, Count{3}, renderers);
  return Rendered{status, out.str()};
}

} // namespace

TEST_SUITE("output") {
  TEST_CASE("render chooses the renderer of the format asked for") {
    const Rendered text = rendered(OutputFormat::text);
    CHECK(text.status.has_value());
    CHECK(text.out == "count 3\n");
    const Rendered json = rendered(OutputFormat::json);
    CHECK(json.status.has_value());
    CHECK(json.out == "{\n  \"count\": 3\n}\n");
  }
}
