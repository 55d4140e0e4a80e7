// The scripts of the `run:` steps of an action.yml or a workflow, each written as a file of its
// own for shellcheck: node run_steps.mjs FILE OUT_DIR. A run step whose script holds a GitHub
// expression (`${{ ... }}`) is an error: GitHub pastes the expression's value into the script
// before the shell reads it, so an input could become a command. Values reach scripts through
// env: instead. Prints the files written, one a line; exit code 1 on such an expression.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

const [file, out] = process.argv.slice(2);
const document = parse(readFileSync(file, "utf8"));
const groups = document.runs ? [["action", document.runs.steps ?? []]]
  : Object.entries(document.jobs ?? {}).map(([name, job]) => [name, job.steps ?? []]);
mkdirSync(out, { recursive: true });
let failed = false;
for (const [group, steps] of groups) {
  steps.forEach((step, index) => {
    if (typeof step.run !== "string") {
      return;
    }
    const where = `${file}: ${group}, step ${index + 1}${step.name ? ` (${step.name})` : ""}`;
    if (step.run.includes("${{")) {
      console.error(`${where}: a GitHub expression in the script; pass it through env:`);
      failed = true;
    }
    const shell = step.shell ?? "bash";
    if (shell !== "bash") {
      console.error(`${where}: shell ${shell}, not bash`);
      failed = true;
    }
    const script = join(out, `${group}-${index + 1}.sh`);
    // GitHub runs `bash --noprofile --norc -eo pipefail {0}`.
    writeFileSync(script, `#!/usr/bin/env bash\nset -eo pipefail\n${step.run}\n`);
    console.log(script);
  });
}
process.exit(failed ? 1 : 0);
