#pragma once
// How indicators and their run charts look in text and in --json, shared by `indicator list`,
// `indicator show` and `evaluate`.
#include "evaluation.hpp"
#include "render.hpp"

namespace alearn {

// "volgende meting 2026-12-02", or "te laat: verwacht op 2026-11-02" when overdue.
std::string due_line(const Session &session, const IndicatorStatus &status);
// The signals, one per line, or "too few points" before there are enough.
void print_signals(Session &session, const IndicatorStatus &status, RuleSet rules);

} // namespace alearn
