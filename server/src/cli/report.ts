/** The human-readable report of `news-lens analyze` (without --json). */
import { LineIndex } from '../analysis/text';
import type { WorkspaceArticle } from '../corpus/workspace';
import type { CorpusAnalysis } from '../corpus/types';

export function formatReport(articles: WorkspaceArticle[], corpus: CorpusAnalysis): string {
  const out: string[] = [];
  for (const { file, text, analysis: a } of articles) {
    const index = new LineIndex(text);
    const ln = (offset: number) => `l.${index.lineOf(offset) + 1}`;
    const headline = a.lines.find((l) => l.role === 'headline')?.text.trim() ?? '(no headline)';
    out.push(`━━ ${file}`, `   ${headline}`);
    out.push(`   published: ${a.published.value ?? 'unknown'} (${a.published.source}; ${a.published.evidence})`);
    const people = a.entityIndex.filter((e) => e.mentions.some((i) => !a.entities[i].inBoilerplate));
    if (people.length) {
      out.push('   entities:');
      for (const e of people) {
        const role = e.roles.length ? `, ${e.roles.join(' / ')}` : '';
        out.push(`     ${e.type.padEnd(3)} ${e.canonical}${role} ×${e.mentions.length}`);
      }
    }
    if (a.dates.length) out.push(`   dates: ${a.dates.map((d) => `${d.text} → ${d.value ?? d.timex ?? '?'}`).join('; ')}`);
    if (a.meetings.length) {
      out.push('   meetings:');
      for (const m of a.meetings) {
        out.push(`     ${ln(m.start)} ${m.date ?? 'undated'} ${m.participants.join(' – ')}${m.place ? ` in ${m.place}` : ''} [${m.status}, ${m.kind}]`);
      }
    }
    if (a.quotes.length) {
      out.push('   quotes:');
      for (const q of a.quotes) out.push(`     ${ln(q.start)} ${q.kind.padEnd(8)} ${q.speaker ?? '(no speaker)'}: ${clip(q.text, 70)}`);
    }
    if (a.claims.length) {
      out.push('   unattributed claims:');
      for (const c of a.claims) out.push(`     ${ln(c.start)} ${c.why}: ${clip(c.text, 70)}`);
    }
    if (a.boilerplate.length) out.push(`   boilerplate lines: ${a.boilerplate.map((b) => b.line + 1).join(', ')}`);
    out.push('');
  }
  if (corpus.meetings.length) {
    out.push('━━ meetings across the articles');
    for (const m of corpus.meetings) {
      out.push(`   ${m.date ?? 'undated'} ${m.participants.join(' – ')}${m.place ? ` in ${m.place}` : ''} [${m.status}] — ${m.articleCount} article(s)`);
    }
  }
  for (const c of corpus.contradictions) {
    out.push(`   ⚠ ${c.about}: ${c.claims.map((x) => `${x.file}:${x.line + 1} says ${x.value}`).join('; ')}`);
  }
  return out.join('\n');
}

function clip(s: string, n: number): string {
  const t = s.replace(/\s+/g, ' ');
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}
