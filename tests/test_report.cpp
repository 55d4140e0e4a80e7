// alearn report (step 13): the learning journey of every example workgroup, in Markdown, HTML
// and JSON, and what hostile text in a record becomes on the page.
#include "helpers.hpp"
#include "markdown_html.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

using namespace alearn;
using namespace alearn::test;
namespace fs = std::filesystem;

namespace {} // namespace

TEST_SUITE("report") {
  TEST_CASE("every example workgroup gets a Markdown report with its charts beside it") {
    const ExampleRepo examples;
    for (const std::string slug : {"inwerken", "vasthouden", "wijkteam"}) {
      CAPTURE(slug);
      const Outcome outcome = examples({"-w", slug, "report", "-o", slug + ".md"});
      CHECK(outcome.code == 0);
      contains(outcome.out, "Report written: " + slug + ".md");
      const std::string page = read_file(examples.dir.path() / (slug + ".md"));
      contains(page, "# The learning journey of ");
      contains(page, "## The problem");
      CHECK(page.find("## The group") != std::string::npos);
    }
    const std::string page = read_file(examples.dir.path() / "inwerken.md");
    contains(page, "![Uitstroom in het eerste jaar](inwerken-uitstroom-eerste-jaar.svg)");
    CHECK(fs::exists(examples.dir.path() / "inwerken-uitstroom-eerste-jaar.svg"));
    contains(page, "## Experiments");
    contains(page, "| 2025-04-02 | 32 | 32 | concern |");
  }

  TEST_CASE("the HTML report is one page that runs and fetches nothing, in either language") {
    const ExampleRepo examples;
    for (const std::string lang : {"en", "nl"}) {
      const Outcome outcome = examples({"-w", "vasthouden", "--lang", lang, "report", "--format", "html"});
      CHECK(outcome.code == 0);
      contains(outcome.out, "<html lang=\"" + lang + "\">");
      contains(outcome.out, "default-src 'none'");
      contains(outcome.out, "<svg");
      contains(outcome.out, "@media print");
      CHECK(outcome.out.find("<script") == std::string::npos);
      CHECK(outcome.out.find(" src=") == std::string::npos); // nothing to fetch
    }
  }

  TEST_CASE("JSON is the same value") {
    const ExampleRepo examples;
    const Outcome outcome = examples({"-w", "inwerken", "report", "--json"});
    CHECK(outcome.code == 0);
    const auto json = nlohmann::json::parse(outcome.out);
    CHECK(json["slug"] == "inwerken");
    CHECK(json["experiments"].size() > 0);
    CHECK(json["indicators"][0]["run_chart"]["phases"].size() == 1);
    CHECK(json["timeline"][0]["step"] == 1);
  }

  TEST_CASE("a missing folder for -o is an error and writes nothing") {
    const ExampleRepo examples;
    const Outcome outcome = examples({"-w", "inwerken", "report", "-o", "nowhere/report.md"});
    CHECK(outcome.code == 2);
    contains(outcome.err, "the folder nowhere does not exist");
  }

  TEST_CASE("Markdown people wrote is rendered safely") {
    const std::string html =
        markdown_to_html("Hi <script>alert(1)</script> <img src=x onerror=alert(1)>\n\n"
                         "[a](javascript:alert(1)) [b](data:text/html,x) ![c](https://x.test/c.png)\n\n"
                         "<svg><script>alert(1)</script></svg>\n\n**bold** and a list:\n\n- one\n");
    CHECK(html.find("<script") == std::string::npos);
    contains(html, "&lt;img src=x onerror=alert(1)&gt;"); // what was typed, shown as text
    CHECK(html.find("javascript:") == std::string::npos);
    CHECK(html.find("data:text/html") == std::string::npos);
    CHECK(html.find("<img") == std::string::npos);
    CHECK(html.find("<svg") == std::string::npos);
    contains(html, "<a href=\"https://x.test/c.png\">c</a>");
    contains(html, "<strong>bold</strong>");
    contains(html, "<li>one</li>");
  }

  TEST_CASE("a comment in Markdown is left out of the page, and a comment that hides text is not a comment") {
    const std::string html =
        markdown_to_html("Helpdesk 0800-1234 <!-- privacy: ok -->\n\n<!-- a note -->\n\nend\n");
    CHECK(html.find("privacy") == std::string::npos);
    CHECK(html.find("a note") == std::string::npos);
    contains(html, "Helpdesk 0800-1234");
    contains(html, "<p>end</p>");
    contains(markdown_to_html("<!-- x --> <b>y</b>\n"), "&lt;b&gt;");
  }
}

TEST_SUITE("sharing") {
  TEST_CASE("step 13 asks for the sharing and shows how to prepare and record it") {
    const ExampleRepo examples;
    const Outcome before = examples({"-w", "inwerken", "step", "show", "13"});
    CHECK(before.code == 0);
    contains(before.out, "[ ] the results shared at an open meeting");
    // What step next shows at step 13: the report to prepare, the record to keep afterwards.
    const auto commands = nlohmann::json::parse(
        examples({"-w", "inwerken", "step", "show", "13", "--json"}).out)["requirements"][0]["commands"];
    CHECK(commands[0] == "alearn -w inwerken report --format html -o journey.html");
    CHECK(commands[1] ==
          "alearn -w inwerken share add --where \"<which meeting>\" --present <who> \"<how they reacted>\"");
    const Outcome added =
        examples({"-w", "inwerken", "--as", "sanne", "share", "add", "--where", "Network day", "--present",
                  "all", "--present", "Wijkzorg Rivierenland", "-m", "They liked it."});
    CHECK(added.code == 0);
    contains(added.out, "Sharing at Network day recorded");
    contains(examples({"-w", "inwerken", "step", "show", "13"}).out,
             "[x] the results shared at an open meeting");
    const Outcome listed = examples({"-w", "inwerken", "share", "list", "--json"});
    const auto json = nlohmann::json::parse(listed.out);
    CHECK(json.size() == 1);
    CHECK(json[0]["where"] == "Network day");
    CHECK(json[0]["present"].size() == 7); // six members and a guest
    CHECK(json[0]["reactions"] == "They liked it.");
    contains(examples({"-w", "inwerken", "report"}).out, "## Shared with others");
    CHECK(examples({"check"}).code == 0);
  }

  TEST_CASE("a sharing needs its meeting, one line of it, and writes nothing otherwise") {
    const ExampleRepo examples;
    const Outcome empty =
        examples({"-w", "inwerken", "--as", "sanne", "share", "add", "--where", " ", "-m", "x"});
    CHECK(empty.code == 2);
    contains(empty.err, "(--where)");
    const Outcome broken =
        examples({"-w", "inwerken", "--as", "sanne", "share", "add", "--where", "a\nb", "-m", "x"});
    CHECK(broken.code == 2);
    CHECK_FALSE(fs::exists(examples.dir.path() / "workgroups" / "inwerken" / "sharing"));
  }
}
