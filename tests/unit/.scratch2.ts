import { parseDocument } from 'yaml';
const samples = {
  seqNoDash: 'a:\n  - x: 1\n   y: 2\n',
  unitsBroken: '- id: a\n  kind: 乡镇\n kind2 x\n',
  unclosedDq: 'title: "abc\nleader: x\n',
  unclosedSq: "title: 'abc\nleader: x\n",
  unclosedBracket: 'tags: [a, b\nleader: x\n',
  unclosedBrace: 'p: { date: 2024-01-01, note: x\nleader: x\n',
  noSpace: 'title:abc\nleader: x\n',
  colonInText: 'title: 注意: 这里\nleader: x\n',
  badIndent: 'title: a\n  leader: x\n',
  flowNoComma: 'tags: [a b: c d]\n',
  keyNoValue: '- id: a\n  name\n',
  tab: 'a:\n\tb: 1\n',
  atStart: 'title: @abc\n',
  dashNoSpace: 'items:\n  -text: a\n',
};
for (const [k, t] of Object.entries(samples)) {
  const d = parseDocument(t, { uniqueKeys: true, prettyErrors: true, strict: true });
  console.log(k, d.errors.map(e => [e.code, e.message.split('\n')[0], e.linePos?.[0]?.line]));
}
