#pragma once
// A run chart drawn in the terminal: the points over time, the median, the baseline and the
// target, points that are part of a signal marked apart, and the experiments that ran below
// the time axis. Unicode, or plain ASCII where the terminal cannot show it.
#include "evaluation.hpp"
#include "records.hpp"
#include "session.hpp"

#include <string>
#include <vector>

namespace alearn {

std::string render_chart(const Session &session, const IndicatorStatus &status,
                         const std::vector<const Experiment *> &experiments, bool unicode);

// Whether the locale says the terminal shows UTF-8.
bool unicode_terminal(const Session &session);

} // namespace alearn
