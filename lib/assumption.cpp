#include "assumption.hpp"

#include "acting_member.hpp"
#include "cycle.hpp"
#include "enums.hpp"
#include "record_files.hpp"
#include "workgroup.hpp"

#include <algorithm>
#include <tuple>

namespace alearn {

Parsed<Assumption> parse_assumption(const Document &doc) {
  auto meta = parse_record_meta(doc, "assumption");
  TRY(meta);
  Assumption assumption{
      *meta, parse_about(text_field(doc.data, "about")).value_or(AssumptionAbout::problem), {}};
  const Data challenges = doc.data.value("challenges", Data::array());
  for (std::size_t i = 0; i < challenges.size(); ++i) {
    const Data &item = challenges[i];
    auto date = date_field(doc, Data::json_pointer(fmt::format("/challenges/{}/date", i)));
    if (!date) {
      return std::unexpected(Errors{date.error()});
    }
    assumption.challenges.push_back(Challenge{
        date->value_or(Date{}), text_field(item, "by"), text_field(item, "how"),
        parse_verdict(text_field(item, "verdict")).value_or(Verdict::held), text_field(item, "revision")});
  }
  return assumption;
}

Result<Assumption> add_assumption(const Workgroup &group, const NewAssumption &assumption,
                                  const Context &context) {
  auto author = require_acting_member(group, assumption.author);
  TRY(author);
  TRY(require_text(assumption.text, Text{"de aanname", "the assumption"}));
  const std::string text = FrontMatter()
                               .text("author", (*author)->name)
                               .date("date", assumption.date)
                               .number("cycle", cycle_to_write(group, assumption.date))
                               .text("about", about_name(assumption.about))
                               .markdown(assumption.text);
  return create_record<Assumption>(group.root, group.dir / folders::assumptions, text, parse_assumption,
                                   context);
}

Result<Assumption> challenge_assumption(const Workgroup &group, const Assumption &assumption,
                                        const NewChallenge &challenge) {
  auto by = require_acting_member(group, challenge.by);
  TRY(by);
  if (auto ok = require_text(challenge.how,
                             Text{"hoe de aanname is uitgedaagd", "how the assumption was challenged"});
      !ok) {
    return std::unexpected(ok.error());
  }
  if (challenge.verdict == Verdict::revised && challenge.revision.empty()) {
    return fail_input(
        tr("bij 'revised' hoort de bijgestelde aanname", "'revised' needs the revised assumption"),
        {Param::revision});
  }
  if (challenge.verdict != Verdict::revised && !challenge.revision.empty()) {
    return fail_input(tr("een bijgestelde aanname hoort alleen bij het oordeel 'revised'",
                         "a revised assumption goes only with the verdict 'revised'"),
                      {Param::revision});
  }
  if (challenge.date < assumption.meta.date) {
    return fail(ErrorKind::usage, tr("de aanname is van {}; een uitdaging kan niet eerder zijn",
                                     "the assumption dates from {}; a challenge cannot come earlier",
                                     format_date(assumption.meta.date)));
  }
  std::vector<Field> fields = {{"date", format_date(challenge.date)},
                               {"by", (*by)->name},
                               {"how", challenge.how},
                               {"verdict", std::string(verdict_name(challenge.verdict))}};
  if (!challenge.revision.empty()) {
    fields.emplace_back("revision", challenge.revision);
  }
  if (auto ok = append_record_item(group.root, assumption.meta.file, {"challenges"}, fields,
                                   reads_as(parse_assumption));
      !ok) {
    return std::unexpected(ok.error());
  }
  return reread_record<Assumption>(assumption.meta.file, parse_assumption);
}

std::vector<const Challenge *> challenges_in_order(const Assumption &assumption) {
  std::vector<const Challenge *> ordered;
  for (const auto &challenge : assumption.challenges) {
    ordered.push_back(&challenge);
  }
  std::ranges::sort(ordered, [](const Challenge *a, const Challenge *b) {
    return std::tie(a->date, a->by, a->how, a->verdict, a->revision) <
           std::tie(b->date, b->by, b->how, b->verdict, b->revision);
  });
  return ordered;
}

std::optional<Verdict> current_verdict(const Assumption &assumption) {
  if (assumption.challenges.empty()) {
    return std::nullopt;
  }
  return challenges_in_order(assumption).back()->verdict;
}

Advice challenge_advice(const std::string &slug, const Assumption &assumption) {
  return Advice{Action::assumption_challenge,
                {word(Param::word, assumption.meta.id), placeholder(Param::how, "<hoe>", "<how>"),
                 word(Param::verdict, alternatives<Verdict>())},
                slug};
}

} // namespace alearn
