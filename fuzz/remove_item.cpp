// libFuzzer target: remove_item on any document that parses (see edit_harness.hpp for the input).
#include "edit_harness.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
  alearn::fuzz::run_edit_input(alearn::fuzz::Operation::remove_item, {data, size});
  return 0;
}
