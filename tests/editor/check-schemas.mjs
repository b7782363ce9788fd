// Checks the editor schemas with yaml-language-server as VS Code's YAML extension runs it: a real
// language server over stdio, a project made by `materialsgen init`, and the files people edit. It opens
// each file, waits for the server's diagnostics, and asks for completions and hovers where a person would.
//
// usage: node tests/editor/check-schemas.mjs SERVER PROJECT
//   SERVER   path to yaml-language-server's bin (node_modules/yaml-language-server/bin/yaml-language-server)
//   PROJECT  a project folder made by `materialsgen init`
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [server, projectArg] = process.argv.slice(2);
const project = resolve(projectArg);
const settings = JSON.parse(readFileSync(join(project, '.vscode', 'settings.json'), 'utf8'));
const schemas = Object.fromEntries(Object.entries(settings['yaml.schemas']).map(([schema, globs]) => [pathToFileURL(join(project, schema)).href, globs]));
const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
let buffer = Buffer.alloc(0);
let nextId = 1;
const pending = new Map();
const diagnostics = new Map();
const waiters = [];
let failures = 0;

child.stdout.on('data', (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const end = buffer.indexOf('\r\n\r\n');
    if (end < 0) return;
    const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, end).toString())[1]);
    if (buffer.length < end + 4 + length) return;
    const message = JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString('utf8'));
    buffer = buffer.subarray(end + 4 + length);
    receive(message);
  }
});

function send(message) {
  const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
  child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
  child.stdin.write(body);
}

function request(method, params) {
  const id = nextId++;
  send({ id, method, params });
  return new Promise((resolve) => pending.set(id, resolve));
}

function receive(message) {
  if (message.id !== undefined && pending.has(message.id)) {
    pending.get(message.id)(message.result);
    pending.delete(message.id);
  } else if (message.id !== undefined && message.method) {
    // The server asks for its settings (workspace/configuration): the ones VS Code would send.
    const result = (message.params.items ?? []).map((item) => (item.section === 'yaml' ? yamlSettings() : null));
    send({ id: message.id, result });
  } else if (message.method === 'textDocument/publishDiagnostics') {
    diagnostics.set(message.params.uri, message.params.diagnostics);
    waiters.splice(0).forEach((w) => w());
  }
}

function yamlSettings() {
  return { validate: true, completion: true, hover: true, schemas, schemaStore: { enable: false } };
}

async function diagnosticsOf(uri) {
  const deadline = Date.now() + 30000;
  while (!diagnostics.has(uri)) {
    if (Date.now() > deadline) throw new Error(`no diagnostics for ${uri}`);
    await new Promise((r) => { waiters.push(r); setTimeout(r, 200); });
  }
  return diagnostics.get(uri);
}

// Each look is a document of its own name beside the real one (the schema line resolves the same),
// so the diagnostics of one never stand in for another's.
let opened = 0;
async function withDocument(file, text, use) {
  opened++;
  const named = file.replace(/\.yaml$/, `-${opened}.yaml`);
  const uri = pathToFileURL(join(project, named)).href;
  send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'yaml', version: 1, text } } });
  const found = await diagnosticsOf(uri);
  const result = await use(uri, found);
  send({ method: 'textDocument/didClose', params: { textDocument: { uri } } });
  return result;
}

const open = (file, text) => withDocument(file, text, (_, found) => found);

const complete = (file, text, line, character) => withDocument(file, text, async (uri) => {
  const result = await request('textDocument/completion', { textDocument: { uri }, position: { line, character } });
  return Array.isArray(result) ? result : result?.items ?? [];
});

const hover = (file, text, line, character) => withDocument(file, text, async (uri) => {
  const result = await request('textDocument/hover', { textDocument: { uri }, position: { line, character } });
  const contents = result?.contents;
  return typeof contents === 'string' ? contents : contents?.value ?? JSON.stringify(contents ?? '');
});

function check(name, ok, detail) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${ok ? '' : `: ${detail}`}`);
  if (!ok) failures++;
}

const messages = (found) => found.map((d) => d.message).join(' | ');
const lineOf = (text, start) => text.split('\n').findIndex((l) => l.startsWith(start));

const list = readFileSync(join(project, 'data', '4-tich-cuc.yaml'), 'utf8');
const manifest = readFileSync(join(project, 'materials.yaml'), 'utf8');

await request('initialize', {
  processId: process.pid,
  rootUri: pathToFileURL(project).href,
  workspaceFolders: [{ uri: pathToFileURL(project).href, name: 'project' }],
  capabilities: { workspace: { configuration: true }, textDocument: { completion: { completionItem: { documentationFormat: ['markdown', 'plaintext'] } }, hover: { contentFormat: ['markdown', 'plaintext'] } } },
});
send({ method: 'initialized', params: {} });
send({ method: 'workspace/didChangeConfiguration', params: { settings: { yaml: yamlSettings() } } });

let found = await open('data/4-tich-cuc.yaml', list);
check('the example list is valid', found.length === 0, messages(found));
found = await open('data/4-tich-cuc.yaml', list.replace('tone: do', 'tone: doo'));
check('a wrong tone is named in Vietnamese words', /tone là một trong: do, dont, neutral/.test(messages(found)), messages(found));
found = await open('data/4-tich-cuc.yaml', list.replace('id: 4-tich-cuc', 'id: 4 Tích Cực'));
check('a bad id says what an id is, not a regular expression', /chữ thường không dấu/.test(messages(found)) && !/\^\[a-z0-9-\]/.test(messages(found)), messages(found));
found = await open('data/4-tich-cuc.yaml', list.replace('    icon: like', '    icon: likes'));
check('a wrong icon is flagged', /icon là một trong/.test(messages(found)), messages(found));

// A file without the schema line gets its schema from .vscode/settings.json, chosen by its kind.
const bare = list.split('\n').slice(1).join('\n');
found = await open('data/khac.yaml', bare.replace('tone: do', 'tone: doo'));
check('yaml.schemas for data/** validates by kind', /tone là một trong/.test(messages(found)), messages(found));
found = await open('data/khac.yaml', bare);
check('yaml.schemas for data/** accepts a valid list', found.length === 0, messages(found));

const toneLine = lineOf(list, 'tone:');
let items = await complete('data/4-tich-cuc.yaml', list.replace('tone: do', 'tone: '), toneLine, 'tone: '.length);
const tones = items.map((i) => i.label);
const doc = JSON.stringify(items.find((i) => i.label === 'do')?.documentation ?? '');
check('tone completes do, dont, neutral with what each means', ['do', 'dont', 'neutral'].every((t) => tones.includes(t)) && /Nên làm/.test(doc), `${tones} ${doc}`);
const iconLine = lineOf(list, '    icon: comment');
items = await complete('data/4-tich-cuc.yaml', list.replace('    icon: comment', '    icon: '), iconLine, '    icon: '.length);
check('icon completes every icon with its meaning', items.length >= 15 && /Bình luận/.test(JSON.stringify(items.find((i) => i.label === 'comment')?.documentation ?? '')), items.map((i) => i.label).join(','));
const hovered = await hover('data/4-tich-cuc.yaml', list, toneLine, 1);
check('hover shows the Vietnamese description', /Sắc thái của danh sách/.test(hovered), hovered);

found = await open('materials.yaml', manifest);
check('the new project\'s materials.yaml is valid', found.length === 0, messages(found));
found = await open('materials.yaml', manifest.replace('template: infographic ', 'template: infographc '));
check('an unknown template is named in Vietnamese', /Không có mẫu này/.test(messages(found)), messages(found));
found = await open('materials.yaml', manifest.replace('sizes: [portrait, square]', 'sizes: [portrait, squar]'));
check('an unknown size is named in Vietnamese', /Kích thước là RỘNGxCAO/.test(messages(found)), messages(found));
found = await open('materials.yaml', manifest.replace('formats: [png]', 'fromats: [png]'));
check('an unknown key is flagged', found.length > 0, 'no diagnostic');
const templateLine = lineOf(manifest, '    template: infographic');
items = await complete('materials.yaml', manifest.replace(/    template: infographic +# .*/, '    template: '), templateLine, '    template: '.length);
const names = items.map((i) => i.label);
check('template completes the built-in templates with their descriptions', ['handout', 'handout-chi-bo', 'infographic', 'nen-khong-nen', 'the-bo-tui'].every((t) => names.includes(t)) && /Infographic cho một danh sách/.test(JSON.stringify(items.find((i) => i.label === 'infographic')?.documentation ?? '')), names.join(','));
const sizeLine = lineOf(manifest, '    sizes: [portrait, square]');
items = await complete('materials.yaml', manifest.replace('    sizes: [portrait, square]', '    sizes: [portrait, ]'), sizeLine, '    sizes: [portrait, '.length);
check('sizes complete the named sizes', ['a4', 'square', 'slide'].every((s) => items.map((i) => i.label).includes(s)), items.map((i) => i.label).join(','));

await request('shutdown', null);
send({ method: 'exit' });
console.log(failures === 0 ? 'check-schemas: every check passed' : `check-schemas: ${failures} checks failed`);
process.exit(failures === 0 ? 0 : 1);
