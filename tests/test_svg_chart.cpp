// The SVG run chart: well-formed, escaped, every point where it belongs.
#include "helpers.hpp"
#include "svg_chart.hpp"
#include "svg_text.hpp"

#include <doctest/doctest.h>

#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>

#include <unistd.h>

using namespace alearn;

namespace {

ChartFigure figure_of(const std::vector<double> &values, std::optional<Better> better = Better::up,
                      const ChartOptions &options = {}) {
  ChartFigure figure;
  figure.id = "chart-welcome";
  figure.name = "Feeling welcome";
  figure.unit = "score 1-5";
  figure.better = better;
  figure.chart = analyse(test::weekly_points(values), better, RuleSet::perla, options);
  figure.baseline = 2.8;
  figure.target = 4;
  return figure;
}

struct Placed {
  std::string klass;
  double x = 0;
  double y = 0;
};

std::vector<Placed> points_of(const std::string &svg) {
  static const std::regex point(
      R"re(<g class="(point[^"]*)" transform="translate\(([-0-9.]+),([-0-9.]+)\)")re");
  std::vector<Placed> found;
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), point); it != std::sregex_iterator(); ++it) {
    found.push_back(Placed{(*it)[1].str(), std::stod((*it)[2].str()), std::stod((*it)[3].str())});
  }
  return found;
}

std::vector<double> median_heights(const std::string &svg) {
  static const std::regex median(R"re(<line class="median" x1="[-0-9.]+" y1="([-0-9.]+)")re");
  std::vector<double> found;
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), median); it != std::sregex_iterator(); ++it) {
    found.push_back(std::stod((*it)[1].str()));
  }
  return found;
}

// xmllint's verdict, or nullopt when it is not installed.
std::optional<std::string> xml_problems(const std::string &svg) {
  if (std::system("command -v xmllint >/dev/null 2>&1") != 0) {
    return std::nullopt;
  }
  const auto file = std::filesystem::temp_directory_path() / fmt::format("alearn-chart-{}.svg", ::getpid());
  std::ofstream(file) << svg;
  // xmllint's verdict comes through a pipe: no second file to clean up.
  FILE *pipe = ::popen(("xmllint --noout '" + file.string() + "' 2>&1").c_str(), "r");
  std::string problems;
  std::array<char, 512> buffer{};
  while (pipe != nullptr && std::fgets(buffer.data(), static_cast<int>(buffer.size()), pipe) != nullptr) {
    problems += buffer.data();
  }
  const int code = pipe != nullptr ? ::pclose(pipe) : -1;
  std::filesystem::remove(file);
  return code == 0 ? "" : problems + "(exit " + std::to_string(code) + ")";
}

void check_well_formed(const std::string &svg) {
  const auto problems = xml_problems(svg);
  if (!problems) {
    MESSAGE("xmllint is not installed: the SVG's well-formedness is not checked");
    return;
  }
  CHECK(*problems == "");
}

const std::vector<double> shift_up = {1, 2, 1, 2, 1, 2, 9, 8, 9, 8, 9, 8};

} // namespace

TEST_SUITE("svg_chart") {
  TEST_CASE("a run chart is well-formed, accessible and self-contained") {
    ChartFigure figure = figure_of(shift_up);
    figure.experiments.push_back(ChartExperiment{"Buddy on the first shift", test::week(3), test::week(8)});
    figure.experiments.push_back(ChartExperiment{"Welcome lunch", test::week(9), std::nullopt});
    const std::string svg = render_svg_chart(figure);
    check_well_formed(svg);
    CHECK(
        svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 800 460\" width=\"100%\""));
    CHECK(svg.find(R"(role="img" aria-labelledby="chart-welcome-title chart-welcome-desc")") !=
          std::string::npos);
    CHECK(svg.find(R"(<title id="chart-welcome-title">Run chart: Feeling welcome</title>)") !=
          std::string::npos);
    CHECK(svg.find(R"(<desc id="chart-welcome-desc">Run chart of Feeling welcome: 12 measurements)") !=
          std::string::npos);
    for (const char *banned : {"<script", "href", "url(", "@import", "<style", "<image", "<foreignObject"}) {
      INFO(banned);
      CHECK(svg.find(banned) == std::string::npos);
    }
    CHECK(test::occurrences(svg, "http") == 1); // the namespace, which is fetched from nowhere
    CHECK(test::occurrences(svg, "<g class=\"experiment\">") == 2);
    CHECK(svg.find(">Buddy on the first shift</text>") != std::string::npos);
    CHECK(svg.find(">baseline 2.8</text>") != std::string::npos);
    CHECK(svg.find(">target 4</text>") != std::string::npos);
    CHECK(svg == render_svg_chart(figure)); // deterministic
  }

  TEST_CASE("hostile names are escaped and clipped") {
    const std::string hostile = "<script>alert(1)</script></style>\"quoted\" & 'single' \x01\x7f\xff\xc3" +
                                std::string(10000, 'W') + "\u202e";
    ChartFigure figure = figure_of(shift_up);
    figure.id = "\"><script>";
    figure.name = hostile;
    figure.unit = hostile;
    figure.experiments.push_back(ChartExperiment{hostile, test::week(2), test::week(4)});
    figure.experiments.push_back(ChartExperiment{hostile, test::week(3), std::nullopt});
    const std::string svg = render_svg_chart(figure);
    check_well_formed(svg);
    CHECK(svg.find("<script") == std::string::npos);
    CHECK(svg.find("</style") == std::string::npos);
    CHECK(
        svg.find(
            "&lt;script&gt;alert(1)&lt;/script&gt;&lt;/style&gt;&quot;quoted&quot; &amp; &#39;single&#39;") !=
        std::string::npos);
    CHECK(svg.find('\x01') == std::string::npos);
    CHECK(svg.find("\xef\xbf\xbd") != std::string::npos); // the broken bytes as U+FFFD
    CHECK(svg.find("\u202e") == std::string::npos);
    CHECK(svg.find(std::string(300, 'W')) == std::string::npos); // clipped everywhere, <desc> too
    CHECK(svg.find(R"(aria-labelledby="script-title script-desc")") !=
          std::string::npos); // the id: what is safe of it
    // Every text drawn is short enough to stay on the canvas.
    static const std::regex text(R"re(<text [^>]*>([^<]*)</text>)re");
    for (auto it = std::sregex_iterator(svg.begin(), svg.end(), text); it != std::sregex_iterator(); ++it) {
      const std::string shown = std::regex_replace((*it)[1].str(), std::regex("&[a-z0-9#]+;"), "x");
      INFO(shown);
      CHECK(text_width(shown) < 50);
    }
  }

  TEST_CASE("every point is drawn, in date order") {
    for (const std::size_t count : {std::size_t{1}, std::size_t{12}, std::size_t{150}}) {
      INFO("points: " << count);
      std::vector<double> values;
      for (std::size_t i = 0; i < count; ++i) {
        values.push_back(static_cast<double>((i * 7) % 11));
      }
      const std::string svg = render_svg_chart(figure_of(values));
      const std::vector<Placed> points = points_of(svg);
      REQUIRE(points.size() == count);
      for (std::size_t i = 1; i < points.size(); ++i) {
        CHECK(points[i].x > points[i - 1].x);
      }
      check_well_formed(svg);
    }
  }

  TEST_CASE("a point a hair below the median is drawn below its line") {
    // Median 5; the point at index 3 is 4.9999.
    const std::string svg = render_svg_chart(figure_of({1, 9, 5, 4.9999, 6, 2, 8, 5, 3, 7, 5}));
    const std::vector<double> medians = median_heights(svg);
    REQUIRE(medians.size() == 1);
    const std::vector<Placed> points = points_of(svg);
    CHECK(points[3].y > medians[0]);
    CHECK(points[2].y == medians[0]); // on the median: on the line
    CHECK(points[4].y < medians[0]);
  }

  TEST_CASE("points in a signal are coloured and shaped by its meaning") {
    const std::string up = render_svg_chart(figure_of(shift_up, Better::up));
    const std::vector<Placed> points = points_of(up);
    CHECK(points[0].klass == "point concern"); // below the median while up is better
    CHECK(points[11].klass == "point improvement");
    CHECK(up.find(R"(<path d="M0,-6.8 L6.8,0 L0,6.8 L-6.8,0 Z" fill="#1565c0")") != std::string::npos);
    CHECK(up.find(R"(fill="#d84315")") != std::string::npos);
    CHECK(up.find(">signal: improvement</text>") != std::string::npos);
    const std::vector<Placed> down = points_of(render_svg_chart(figure_of(shift_up, Better::down)));
    CHECK(down[0].klass == "point improvement");
    CHECK(down[11].klass == "point concern");
    const std::vector<Placed> none = points_of(render_svg_chart(figure_of(shift_up, std::nullopt)));
    CHECK(none[0].klass == "point neutral");
    const std::vector<Placed> calm =
        points_of(render_svg_chart(figure_of({3, 7, 8, 4, 2, 6, 9, 5, 1, 7, 4, 6})));
    CHECK(std::ranges::all_of(calm, [](const Placed &point) { return point.klass == "point"; }));
  }

  TEST_CASE("phases and a frozen median are drawn and said") {
    std::vector<double> values = {3, 7, 8, 4, 2, 6, 9, 5, 1, 7, 4, 6};
    for (const double value : {13, 17, 18, 14, 12, 16, 19, 15, 11, 17, 14, 16}) {
      values.push_back(value);
    }
    ChartFigure figure = figure_of(values, Better::up, ChartOptions{5, {test::week(12)}});
    figure.lang = Lang::nl;
    const std::string svg = render_svg_chart(figure);
    check_well_formed(svg);
    CHECK(median_heights(svg).size() == 2);
    CHECK(test::occurrences(svg, R"(<line class="median frozen")") == 1);
    CHECK(test::occurrences(svg, R"(<line class="phase-boundary")") == 1);
    CHECK(svg.find(">fase 2</text>") != std::string::npos);
    CHECK(svg.find(">einde basisperiode</text>") != std::string::npos);
    CHECK(
        svg.find(
            "Fase 1 vanaf 2026-01-05: mediaan 4. Bevroren: berekend uit de 5 metingen tot en met 2026-02-02 "
            "en doorgetrokken.") != std::string::npos);
    CHECK(svg.find("Fase 2 vanaf 2026-03-30: mediaan 15.5.") != std::string::npos);
  }

  TEST_CASE("a chart without measurements says so") {
    const std::string svg = render_svg_chart(figure_of({}));
    check_well_formed(svg);
    CHECK(points_of(svg).empty());
    CHECK(svg.find(">no measurements yet</text>") != std::string::npos);
  }

  TEST_CASE("the table of values: the median of each point's phase and its signal") {
    const RunChart chart =
        analyse(test::weekly_points({3, 7, 8, 4, 2, 6, 9, 5, 1, 7, 4, 6, 1, 2, 1, 2, 1, 2, 9, 8, 9, 8, 9, 8}),
                Better::up, RuleSet::perla, ChartOptions{3, {test::week(12)}});
    const std::vector<ChartRow> rows = chart_rows(chart);
    REQUIRE(rows.size() == 24);
    CHECK(rows[0] == ChartRow{test::week(0), 3, 7, 1, true, true, std::nullopt});
    CHECK(rows[3] == ChartRow{test::week(3), 4, 7, 1, true, false, std::nullopt});
    CHECK(rows[12] == ChartRow{test::week(12), 1, 5, 2, false, false, Meaning::concern});
    CHECK(rows[23] == ChartRow{test::week(23), 8, 5, 2, false, false, Meaning::improvement});
    CHECK(chart_row_headers().size() == 4);
  }

  TEST_CASE("text for XML") {
    CHECK(xml_escaped("a<b>&\"'") == "a&lt;b&gt;&amp;&quot;&#39;");
    CHECK(xml_escaped("tab\there\nnew") == "tab here new");
    CHECK(xml_escaped("\xc0\xaf") == "\xef\xbf\xbd\xef\xbf\xbd");                 // an overlong '/'
    CHECK(xml_escaped("\xed\xa0\x80") == "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd"); // a surrogate
    CHECK(xml_escaped("Zoë 日本") == "Zoë 日本");
    CHECK(clipped("short", 10) == "short");
    CHECK(clipped("ëëëëëëëëëë", 3) == "ëëë…"); // 3 × 0.65 and the ellipsis
    CHECK(clipped(std::string(10000, 'x'), 6) == "xxxxxxxx…");
  }

  // With ALEARN_SVG_EXAMPLES=<folder>, writes example charts there, to look at in a browser.
  TEST_CASE("example charts") {
    const char *folder = std::getenv("ALEARN_SVG_EXAMPLES");
    if (folder == nullptr) {
      return;
    }
    std::vector<double> values = {33, 32, 34, 33, 31, 33, 32, 34, 33, 32,
                                  30, 29, 28, 28, 27, 26, 27, 25, 26, 25};
    ChartFigure figure = figure_of(values, Better::down, ChartOptions{8, {test::week(14)}});
    figure.name = "Leavers in the first year";
    figure.unit = "percent";
    figure.baseline = 35;
    figure.target = 20;
    figure.experiments = {{"Buddy on the first shift", test::week(8), test::week(14)},
                          {"Welcome lunch", test::week(10), test::week(12)},
                          {"Six-week talk with the team leader", test::week(15), std::nullopt}};
    std::ofstream(std::string(folder) + "/leavers-en.svg") << render_svg_chart(figure);
    figure.lang = Lang::nl;
    std::ofstream(std::string(folder) + "/leavers-nl.svg") << render_svg_chart(figure);
    ChartFigure hostile = figure_of(shift_up);
    hostile.name = "<script>alert(1)</script>" + std::string(10000, 'W');
    hostile.experiments = {{hostile.name, test::week(2), test::week(5)}};
    std::ofstream(std::string(folder) + "/hostile.svg") << render_svg_chart(hostile);
    std::vector<double> many;
    for (int i = 0; i < 120; ++i) {
      many.push_back(50 + 10 * std::sin(i * 0.7) + (i > 80 ? 15 : 0));
    }
    std::ofstream(std::string(folder) + "/many.svg") << render_svg_chart(figure_of(many, Better::up));
  }
}
