#!/usr/bin/env bash
# Installs what is missing, builds alearn (optimised), and runs `alearn step next` on examples/
# and `alearn network status` over the example network (examples/ and its partner's clone).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/deps.sh
cmake -S . -B build/release -DCMAKE_BUILD_TYPE=Release -DALEARN_TESTS=OFF -DALEARN_UNITY=ON >/dev/null
cmake --build build/release -j"$(nproc)" >/dev/null
build/release/alearn --repo examples --workgroup "${1:-wijkteam}" step next
echo
build/release/alearn --repo examples network status
