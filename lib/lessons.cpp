#include "lessons.hpp"

#include "enums.hpp"
#include "ids.hpp"
#include "records.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace alearn {
namespace fs = std::filesystem;

bool is_failure(const Experiment &experiment) {
  const ExperimentState state = experiment.state();
  return state == ExperimentState::stopped ||
         (state == ExperimentState::finished &&
          (experiment.decision == Decision::abandon || experiment.decision == Decision::adapt));
}

namespace {

bool is_word_byte(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return std::isalnum(byte) != 0 || byte >= 0x80;
}

// Replaces `name` in `text` where it stands as a whole word (or words).
void replace_whole(std::string &text, const std::string &name) {
  if (name.empty()) {
    return;
  }
  constexpr std::string_view mask = "N.N.";
  for (std::size_t at = text.find(name); at != std::string::npos; at = text.find(name, at)) {
    const bool starts = at == 0 || !is_word_byte(text[at - 1]);
    const std::size_t end = at + name.size();
    const bool ends = end == text.size() || !is_word_byte(text[end]);
    if (starts && ends) {
      text.replace(at, name.size(), mask);
      at += mask.size();
    } else {
      at = end;
    }
  }
}

std::vector<std::string> people_of(const Workgroup &group) {
  std::vector<std::string> names;
  for (const auto *members : {&group.members, &group.former_members}) {
    for (const auto &member : *members) {
      names.push_back(member.name);
    }
  }
  return names;
}

std::string title_of(const Workgroup &group, const std::string &id) {
  for (const auto &experiment : group.experiments) {
    if (experiment.follows == id) {
      return experiment.title;
    }
  }
  return {};
}

Lesson lesson_of(const Workgroup &group, const NetworkRepository &repository, const Experiment &experiment) {
  Lesson lesson;
  lesson.repository = repository.name;
  lesson.workgroup = group.name;
  lesson.slug = group.slug;
  lesson.organisation = organisation_of(group, repository);
  lesson.themes = group.themes;
  lesson.id = experiment.meta.id;
  lesson.title = experiment.title;
  lesson.owner = experiment.owner;
  lesson.question = experiment.question;
  lesson.prediction = experiment.prediction;
  lesson.state = experiment.state();
  lesson.decision = experiment.decision;
  lesson.started = experiment.started;
  lesson.ended = experiment.finished ? experiment.finished : experiment.stopped;
  lesson.happened = experiment.stopped ? experiment.stop_reason : experiment.reflection.result;
  lesson.observations = experiment.reflection.observations;
  lesson.comparison = experiment.reflection.comparison;
  lesson.bottlenecks = experiment.reflection.bottlenecks;
  lesson.lessons = experiment.reflection.lessons;
  lesson.for_whom = experiment.for_whom;
  lesson.adapted_into = title_of(group, experiment.meta.id);
  lesson.shared = *experiment.shared;
  lesson.file = experiment.meta.file;
  return lesson;
}

void anonymise(Lesson &lesson, const std::vector<std::string> &names) {
  lesson.owner.clear();
  lesson.shared.by.clear();
  for (std::string *text :
       {&lesson.title, &lesson.question, &lesson.prediction, &lesson.happened, &lesson.observations,
        &lesson.comparison, &lesson.bottlenecks, &lesson.lessons, &lesson.for_whom, &lesson.adapted_into}) {
    *text = without_names(std::move(*text), names);
  }
}

} // namespace

std::string without_names(std::string text, const std::vector<std::string> &names) {
  std::vector<std::string> words = names;
  // First names too ("Henk" of "Henk Dekker"), after the full names, so that those go whole.
  for (const auto &name : names) {
    if (const auto space = name.find(' '); space != std::string::npos) {
      words.push_back(name.substr(0, space));
    }
  }
  for (const auto &word : words) {
    replace_whole(text, word);
  }
  return text;
}

std::vector<Lesson> lessons_of(const Workgroup &group, const NetworkRepository &repository, bool anonymous,
                               std::size_t &not_shared) {
  std::vector<Lesson> lessons;
  const std::vector<std::string> names = anonymous ? people_of(group) : std::vector<std::string>{};
  for (const auto &experiment : group.experiments) {
    if (!is_failure(experiment)) {
      continue;
    }
    if (!experiment.shared) {
      ++not_shared;
      continue;
    }
    Lesson lesson = lesson_of(group, repository, experiment);
    if (anonymous) {
      anonymise(lesson, names);
    }
    lessons.push_back(std::move(lesson));
  }
  std::ranges::sort(lessons, [](const Lesson &a, const Lesson &b) { return a.ended < b.ended; });
  return lessons;
}

namespace {

struct GroupLessons {
  std::vector<Lesson> lessons;
  std::size_t not_shared = 0;
  std::vector<PersonalDataInFile> personal_data;
};

} // namespace

Result<Lessons> collect_lessons(const fs::path &root, const Config &config, const LessonsOptions &options,
                                const Environment &env) {
  auto network = open_network(root, config, options.filter, env);
  TRY(network);
  TRY(check_theme_filter(*network, options.filter));
  const auto groups = map_workgroups<GroupLessons>(
      *network, options.filter, Depth::progress, Extent::front_matter,
      [&](const NetworkRepository &repository, const Workgroup &group) {
        GroupLessons found;
        found.lessons = lessons_of(group, repository, options.anonymous, found.not_shared);
        if (options.scan_personal_data && repository.config.privacy != Severity::off) {
          std::vector<fs::path> files;
          for (const auto &lesson : found.lessons) {
            files.push_back(lesson.file);
          }
          found.personal_data = personal_data_in_files(files, member_emails(group));
        }
        return found;
      });
  Lessons lessons;
  lessons.network = config.name;
  lessons.theme = options.filter.theme;
  for (const auto &group : groups) {
    lessons.lessons.insert(lessons.lessons.end(), group.lessons.begin(), group.lessons.end());
    lessons.not_shared += group.not_shared;
    lessons.personal_data.insert(lessons.personal_data.end(), group.personal_data.begin(),
                                 group.personal_data.end());
  }
  lessons.repositories = std::move(network->repositories);
  return lessons;
}

Json lessons_json(const Lessons &lessons) {
  return Json{
      {"network", lessons.network},
      {"repositories",
       json_list(lessons.repositories,
                 [](const NetworkRepository &repository) {
                   return Json{{"name", repository.name}, {"commit", text_or_null(repository.commit)}};
                 })},
      {"lessons", json_list(lessons.lessons,
                            [](const Lesson &lesson) {
                              return Json{{"repository", lesson.repository},
                                          {"workgroup", lesson.slug},
                                          {"workgroup_name", lesson.workgroup},
                                          {"organisation", text_or_null(lesson.organisation)},
                                          {"themes", lesson.themes},
                                          {"id", lesson.id},
                                          {"title", lesson.title},
                                          {"owner", text_or_null(lesson.owner)},
                                          {"question", lesson.question},
                                          {"prediction", lesson.prediction},
                                          {"state", word_of(lesson.state)},
                                          {"decision",
                                           lesson.decision ? Json(word_of(*lesson.decision)) : Json(nullptr)},
                                          {"started", date_json(lesson.started)},
                                          {"ended", date_json(lesson.ended)},
                                          {"what_happened", lesson.happened},
                                          {"observations", text_or_null(lesson.observations)},
                                          {"comparison", text_or_null(lesson.comparison)},
                                          {"bottlenecks", text_or_null(lesson.bottlenecks)},
                                          {"lessons", text_or_null(lesson.lessons)},
                                          {"for_whom", text_or_null(lesson.for_whom)},
                                          {"adapted_into", text_or_null(lesson.adapted_into)},
                                          {"shared", Json{{"date", format_date(lesson.shared.date)},
                                                          {"by", text_or_null(lesson.shared.by)}}}};
                            })},
      {"not_shared", lessons.not_shared}};
}

Text lesson_outcome(const Lesson &lesson) {
  if (lesson.state == ExperimentState::stopped) {
    return Text{"gestopt", "stopped"};
  }
  return lesson.decision == Decision::adapt ? Text{"aangepast", "adapted"} : Text{"verlaten", "abandoned"};
}

namespace {

void add_lesson(std::vector<PageBlock> &blocks, const Lesson &lesson, Lang lang) {
  const auto t = [&](const Text &text) { return text.in(lang); };
  blocks.push_back(heading_block(3, lesson.title));
  std::string line = fmt::format("{} · {}", lesson.workgroup,
                                 lesson.organisation.empty() ? lesson.repository : lesson.organisation);
  line += " · " + t(lesson_outcome(lesson));
  if (lesson.ended) {
    line += " " + format_date(*lesson.ended);
  }
  if (!lesson.owner.empty()) {
    line += " · " + t(tr("eigenaar {}", "owner {}", lesson.owner));
  }
  blocks.push_back(text_block(line));
  const auto field = [&](const Text &label, const std::string &text) {
    if (!text.empty()) {
      blocks.push_back(field_block(t(label), text));
    }
  };
  field(Text{"De vraag", "The question"}, lesson.question);
  field(Text{"De voorspelling", "The prediction"}, lesson.prediction);
  field(lesson.state == ExperimentState::stopped ? Text{"Waarom het stopte", "Why it stopped"}
                                                 : Text{"Wat er gebeurde", "What happened"},
        lesson.happened);
  field(Text{"Observaties", "Observations"}, lesson.observations);
  field(Text{"Vergeleken met de voorspelling", "Compared with the prediction"}, lesson.comparison);
  field(Text{"Knelpunten", "Bottlenecks"}, lesson.bottlenecks);
  field(Text{"Lessen", "Lessons"}, lesson.lessons);
  field(Text{"Voor wie het bedoeld was", "Who it was meant for"}, lesson.for_whom);
  if (!lesson.adapted_into.empty()) {
    blocks.push_back(text_block(
        t(tr("Aangepast en voortgezet als: {}", "Adapted and continued as: {}", lesson.adapted_into))));
  }
}

} // namespace

std::vector<PageBlock> lessons_page(const Lessons &lessons, Lang lang) {
  const bool nl = lang == Lang::nl;
  std::vector<PageBlock> blocks{
      heading_block(1, (nl ? "Falend Vooruit: lessen uit wat niet lukte — "
                           : "Falend Vooruit: lessons from what failed — ") +
                           lessons.network),
      text_block(
          nl ? "Experimenten die gestopt, verlaten of aangepast zijn, gedeeld met instemming van hun groep. "
               "Wat niet lukt, leert net zoveel als wat wel lukt: vertel het, zodat een ander het niet "
               "opnieuw hoeft te ontdekken."
             : "Experiments that were stopped, abandoned or adapted, shared with their group's consent. What "
               "fails teaches as much as what works: telling it spares others finding out again.")};
  if (lessons.lessons.empty()) {
    blocks.push_back(text_block(nl ? "Nog geen gedeelde lessen." : "No lessons shared yet."));
  }
  std::vector<std::pair<std::string, std::vector<const Lesson *>>> themes;
  for (const auto &lesson : lessons.lessons) {
    const std::vector<std::string> own =
        lesson.themes.empty() ? std::vector<std::string>{nl ? "(geen thema)" : "(no theme)"} : lesson.themes;
    for (const auto &theme : own) {
      if (!lessons.theme.empty() && fold_for_matching(theme) != fold_for_matching(lessons.theme)) {
        continue;
      }
      auto found = std::ranges::find_if(themes, [&](const auto &group) {
        return fold_for_matching(group.first) == fold_for_matching(theme);
      });
      if (found == themes.end()) {
        themes.emplace_back(theme, std::vector<const Lesson *>{&lesson});
      } else {
        found->second.push_back(&lesson);
      }
    }
  }
  std::ranges::sort(themes, [](const auto &a, const auto &b) {
    return fold_for_matching(a.first) < fold_for_matching(b.first);
  });
  for (const auto &[theme, list] : themes) {
    blocks.push_back(heading_block(2, theme));
    for (const auto *lesson : list) {
      add_lesson(blocks, *lesson, lang);
    }
  }
  if (lessons.not_shared > 0) {
    blocks.push_back(text_block(Text{
        fmt::format(
            "Nog {} gestopte, verlaten of aangepaste experimenten zijn (nog) niet gedeeld door hun groep.",
            lessons.not_shared),
        fmt::format("{} more stopped, abandoned or adapted experiments are not shared (yet) by their group.",
                    lessons.not_shared)}
                                    .in(lang)));
  }
  return blocks;
}

} // namespace alearn
