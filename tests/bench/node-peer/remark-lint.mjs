// The second Node.js peer of `alearn check` in the benchmark: remark-lint-frontmatter-schema,
// the remark plugin that lints Markdown front matter against JSON Schemas, run through unified
// on every Markdown file of the repository (YAML files are not its business).
//
//   node remark-lint.mjs REPOSITORY SCHEMAS [LIMIT]
import fs from 'node:fs';
import path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkLintFrontmatterSchema from 'remark-lint-frontmatter-schema';
import { VFile } from 'vfile';

const [root, schemaDir, limitText] = process.argv.slice(2);
const limit = limitText ? Number(limitText) : Infinity;
const schemas = {};
for (const file of fs.readdirSync(schemaDir)) schemas[file.replace('.schema.json', '')] = JSON.parse(fs.readFileSync(path.join(schemaDir, file), 'utf8'));
const kinds = { indicators: 'indicator', logbook: 'log-entry', meetings: 'meeting', exploration: 'exploration-item', problem: 'problem-statement', assumptions: 'assumption', feedback: 'feedback', resources: 'resource', experiments: 'experiment', evaluations: 'evaluation' };
const processors = {};
function processor(kind) {
  return processors[kind] ??= unified().use(remarkParse).use(remarkFrontmatter).use(remarkLintFrontmatterSchema, { embed: schemas[kind] }).freeze();
}
let files = 0, invalid = 0;
async function visit(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) { await visit(full); continue; }
    if (!full.endsWith('.md') || files >= limit) continue;
    const parts = path.relative(root, full).split(path.sep);
    const kind = parts.length === 3 ? 'workgroup' : kinds[parts[2]];
    if (!kind) continue;
    const file = new VFile({ path: full, value: fs.readFileSync(full, 'utf8') });
    const p = processor(kind);
    await p.run(p.parse(file), file);
    files++;
    if (file.messages.length > 0) invalid++;
  }
}
await visit(root);
console.log(`${files} Markdown files, ${invalid} with messages`);
