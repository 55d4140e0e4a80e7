// The Node.js peer of `alearn check` in the benchmark: it only validates each file's YAML
// (a Markdown file's front matter, or a whole YAML file) against alearn's JSON Schemas, with
// ajv and gray-matter, on the same files. It does none of alearn's other checks.
//
//   node ajv-gray-matter.mjs REPOSITORY SCHEMAS
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import matter from 'gray-matter';
import yaml from 'js-yaml';

const [root, schemaDir] = process.argv.slice(2);
const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
ajv.addKeyword('x-message'); // alearn's own annotation: the wording of a pattern's error
const validators = {};
for (const file of fs.readdirSync(schemaDir)) {
  validators[file.replace('.schema.json', '')] = ajv.compile(JSON.parse(fs.readFileSync(path.join(schemaDir, file), 'utf8')));
}

// YAML 1.2 core types, as alearn reads them: a date stays a string.
const load = (text) => yaml.load(text, { schema: yaml.CORE_SCHEMA });
const engines = { yaml: { parse: load, stringify: () => '' } };

const kinds = {
  steps: 'step-event', indicators: 'indicator', logbook: 'log-entry', meetings: 'meeting',
  exploration: 'exploration-item', problem: 'problem-statement', assumptions: 'assumption',
  feedback: 'feedback', resources: 'resource', experiments: 'experiment', evaluations: 'evaluation',
};

function schemaOf(relative) {
  const parts = relative.split(path.sep);
  if (relative === 'alearn.yaml') return 'config';
  if (parts[0] !== 'workgroups' || parts.length < 3) return null;
  if (parts.length === 3 && parts[2] === 'workgroup.md') return 'workgroup';
  if (parts[2] === 'measurements' && parts.length === 5) return 'measurement';
  return parts.length === 4 ? kinds[parts[2]] ?? null : null;
}

let files = 0;
let invalid = 0;
function visit(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== '.git') visit(full);
      continue;
    }
    const schema = schemaOf(path.relative(root, full));
    if (!schema) continue;
    const text = fs.readFileSync(full, 'utf8');
    let data;
    try {
      data = full.endsWith('.md') ? matter(text, { engines }).data : load(text);
    } catch (error) {
      invalid++;
      continue;
    }
    files++;
    if (!validators[schema](data)) invalid++;
  }
}
visit(root);
console.log(`${files} files, ${invalid} invalid`);
process.exitCode = invalid > 0 ? 1 : 0;
