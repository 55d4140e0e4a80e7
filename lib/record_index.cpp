#include "record_index.hpp"

#include "assumption.hpp"
#include "blocker.hpp"
#include "experiment.hpp"
#include "exploration.hpp"
#include "feedback.hpp"
#include "files.hpp"
#include "ids.hpp"
#include "logbook.hpp"
#include "meeting.hpp"
#include "membership.hpp"
#include "record_files.hpp"
#include "record_lookup.hpp"
#include "resource.hpp"
#include "safe_text.hpp"
#include "sharing.hpp"

#include <algorithm>

namespace alearn {
namespace fs = std::filesystem;

namespace {

// How each kind is read back, by the folder its files live in.
using Reread = std::function<Status(const Workgroup &, const Document &)>;

template <typename Parse> Reread reread(Parse parse) {
  return [parse](const Workgroup &, const Document &doc) -> Status {
    if (auto read = parse(doc); !read) {
      return std::unexpected(read.error().front());
    }
    return {};
  };
}

struct Kind {
  std::string_view folder;
  Text name;
  Format format;
  Reread check;
};

Status reread_step_event(const Workgroup &, const Document &doc) {
  if (auto read = parse_step_event(doc, doc.file.stem().string()); !read) {
    return std::unexpected(read.error().front());
  }
  return {};
}

// A measurement reads against its indicator: the folder above the file is the indicator's slug.
Status reread_measurement(const Workgroup &group, const Document &doc) {
  const std::string slug = doc.file.parent_path().filename().string();
  const auto indicator = std::ranges::find(group.indicators, slug, &Indicator::slug);
  if (indicator == group.indicators.end()) {
    return fail(ErrorKind::not_found, tr("er is geen indicator '{}'", "there is no indicator '{}'", slug),
                doc.file);
  }
  if (auto read = parse_measurement(doc, *indicator); !read) {
    return std::unexpected(read.error().front());
  }
  return {};
}

const std::vector<Kind> &kinds() {
  static const std::vector<Kind> all = {
      {"steps", Text{"stapgebeurtenis", "step event"}, Format::yaml, reread_step_event},
      {folders::measurements, Text{"meting", "measurement"}, Format::yaml, reread_measurement},
      {folders::agreements, Text{"afspraak", "agreement"}, Format::yaml, reread(parse_agreement)},
      {folders::logbook, Text{"logboekregel", "logbook entry"}, Format::markdown, reread(parse_log_entry)},
      {folders::meetings, Text{"verslag", "meeting report"}, Format::markdown, reread(parse_meeting)},
      {folders::exploration, Text{"punt uit de verkenning", "exploration item"}, Format::markdown,
       reread(parse_exploration_item)},
      {folders::problem, Text{"afgekaderd probleem", "problem statement"}, Format::markdown,
       reread(parse_problem_statement)},
      {folders::assumptions, Text{"aanname", "assumption"}, Format::markdown, reread(parse_assumption)},
      {folders::feedback, Text{"feedback", "feedback"}, Format::markdown, reread(parse_feedback)},
      {folders::resources, Text{"bron van hulp", "source of help"}, Format::markdown, reread(parse_resource)},
      {folders::experiments, Text{"experiment", "experiment"}, Format::markdown, reread(parse_experiment)},
      {folders::sharing, Text{"deelmoment", "sharing"}, Format::markdown, reread(parse_sharing)},
      {folders::evaluations, Text{"evaluatie", "evaluation"}, Format::markdown, reread(parse_evaluation)},
      {folders::blockers, Text{"regel in de weg", "rule in the way"}, Format::markdown,
       reread(parse_blocker)},
  };
  return all;
}

// The kind of a record file: measurements/<indicator>/<id>.yaml, else <folder>/<id>.*.
const Kind &kind_of(const Workgroup &group, const fs::path &file) {
  const fs::path relative = file.lexically_relative(group.dir);
  const std::string folder = relative.begin()->string();
  const auto found = std::ranges::find(kinds(), folder, &Kind::folder);
  return found == kinds().end() ? kinds().front() : *found;
}

template <typename T>
void add_records(std::vector<RecordRef> &refs, const Workgroup &group, const std::vector<T> &records) {
  for (const auto &record : records) {
    RecordRef ref{
        record.meta.id, record.meta.file, kind_of(group, record.meta.file).name, {}, describe(record)};
    if constexpr (requires { record.title; }) {
      ref.title = record.title;
    } else if constexpr (requires { record.rule; }) {
      ref.title = record.rule;
    }
    refs.push_back(std::move(ref));
  }
}

std::string describe_event(const StepEvent &event) {
  return fmt::format("{}  {} {}", event.at.substr(0, 10), action_name(event.action), event.step);
}

} // namespace

std::vector<RecordRef> workgroup_records(const Workgroup &group) {
  std::vector<RecordRef> refs;
  for (const auto &event : group.step_events) {
    refs.push_back(
        RecordRef{event.id, event.file, kind_of(group, event.file).name, {}, describe_event(event)});
  }
  for (const auto &indicator : group.indicators) {
    for (const auto &measurement : indicator.measurements) {
      refs.push_back(RecordRef{measurement.id,
                               measurement.file,
                               kind_of(group, measurement.file).name,
                               {},
                               fmt::format("{}  {}", format_date(measurement.date), indicator.slug)});
    }
  }
  for (const auto &agreement : group.agreements) {
    if (!agreement.id.empty()) {
      refs.push_back(RecordRef{agreement.id, agreement.file, kind_of(group, agreement.file).name,
                               agreement.text, agreement.text});
    }
  }
  add_records(refs, group, group.logbook);
  add_records(refs, group, group.meetings);
  add_records(refs, group, group.exploration);
  add_records(refs, group, group.problem_statements);
  add_records(refs, group, group.assumptions);
  add_records(refs, group, group.feedback);
  add_records(refs, group, group.resources);
  add_records(refs, group, group.experiments);
  add_records(refs, group, group.sharing);
  add_records(refs, group, group.blockers);
  for (const auto &evaluation : group.evaluations) {
    refs.push_back(RecordRef{evaluation.id,
                             evaluation.file,
                             kind_of(group, evaluation.file).name,
                             {},
                             format_date(evaluation.date)});
  }
  std::ranges::sort(refs, {}, &RecordRef::id);
  return refs;
}

Result<RecordRef> find_any_record(const Workgroup &group, std::string_view key) {
  const std::vector<RecordRef> refs = workgroup_records(group);
  std::string lowered(key);
  std::ranges::transform(lowered, lowered.begin(),
                         [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  std::vector<const RecordRef *> by_id;
  std::vector<const RecordRef *> by_title;
  const std::string folded = fold_for_matching(key);
  for (const auto &ref : refs) {
    if (ref.id == lowered) {
      return ref;
    }
    if (!lowered.empty() && ref.id.starts_with(lowered)) {
      by_id.push_back(&ref);
    }
    if (!folded.empty() && !ref.title.empty() && fold_for_matching(ref.title).starts_with(folded)) {
      by_title.push_back(&ref);
    }
  }
  const auto &matches = by_id.empty() ? by_title : by_id;
  if (matches.size() == 1) {
    return *matches.front();
  }
  std::vector<std::string> candidates;
  for (const auto *ref : matches) {
    candidates.push_back(fmt::format("{}  {}", ref->id, ref->summary));
  }
  if (matches.empty()) {
    return fail(ErrorKind::not_found,
                tr("geen record van {} heeft een id of titel die begint met '{}'",
                   "no record of {} has an id or title that starts with '{}'", group.slug, key));
  }
  return std::unexpected(record_ambiguous(key, Text{"record", "record"}, candidates));
}

Status check_record_text(const Workgroup &group, const RecordRef &record, const std::string &text) {
  const Kind &kind = kind_of(group, record.file);
  TRY(check_new_text(text));
  auto doc = parse_document(record.file, text, kind.format);
  TRY(doc);
  TRY(check_record_size(*doc));
  TRY(check_new_document(*doc));
  return kind.check(group, *doc);
}

Status replace_record(const Workgroup &group, const RecordRef &record, const std::string &text) {
  TRY(check_record_text(group, record, text));
  return write_file_atomic(group.root, record.file, text);
}

std::vector<RecordRef> records_referring_to(const Workgroup &group, const RecordRef &record) {
  std::vector<RecordRef> referring;
  for (const auto &ref : workgroup_records(group)) {
    if (ref.file == record.file) {
      continue;
    }
    if (auto text = read_text_file(ref.file); text && text->find(record.id) != std::string::npos) {
      referring.push_back(ref);
    }
  }
  return referring;
}

Status delete_record(const Workgroup &group, const RecordRef &record) {
  return remove_file_inside(group.root, record.file);
}

} // namespace alearn
