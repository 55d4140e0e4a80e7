#include "app.hpp"

int main(int argc, char **argv) { return alearn::run_process(argc, argv); }
