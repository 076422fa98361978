/**
 * Multilateral summits and conferences ("EU-Gipfel", "Weltklimakonferenz", "die Staats- und
 * Regierungschefs … berieten") rarely name their sides in the sentence that reports them. Their
 * participants are the named persons the article shows at the event: those named from the
 * summit's first mention on, in sentences that report no other meeting, plus those meeting
 * "am Rande" of it, who are there too. A coming summit's participants are not known yet.
 */
import type { EntityMention, Sentence } from '../types';
import type { MeetingDraft } from './merge';

const RELAY_ROLE = /sprecher|reporter|journalist|korrespondent/i;
const MULTILATERAL = /(?:Gipfel|[Kk]onferenz|Staats-\s+und\s+Regierungschefs|Mitgliedsstaaten|Mitgliedstaaten|Delegationen\s+aus)/;

export function summitParticipants(
  drafts: readonly MeetingDraft[],
  content: readonly Sentence[],
  /** Each sentence's entity mentions. */
  entitiesIn: readonly (readonly EntityMention[])[],
  text: string,
): Map<MeetingDraft, string[]> {
  const out = new Map<MeetingDraft, string[]>();
  const summits = drafts.filter((d) => d.status === 'happened' && d.people.length + d.countries.length === 0 && d.mentions.some((m) => MULTILATERAL.test(text.slice(m.sentence.start, m.sentence.end))));
  if (!summits.length) return out;
  const draftAt = new Map<number, MeetingDraft>();
  for (const d of drafts) for (const m of d.mentions) if (!draftAt.has(m.sentence.start) || d.kind === 'third-place') draftAt.set(m.sentence.start, d);
  for (const summit of summits) {
    const from = Math.min(...summit.mentions.map((m) => m.sentence.start));
    const names: string[] = [];
    content.forEach((s, i) => {
      if (s.start < from) return;
      const other = draftAt.get(s.start);
      if (other && other !== summit && other.kind !== 'third-place') return;
      for (const e of entitiesIn[i]) {
        if (e.type === 'PER' && !isRelayRole(e) && !names.includes(e.canonical)) names.push(e.canonical);
      }
    });
    if (names.length) out.set(summit, names);
  }
  return out;
}

function isRelayRole(e: EntityMention): boolean {
  return e.role !== undefined && RELAY_ROLE.test(e.role);
}
