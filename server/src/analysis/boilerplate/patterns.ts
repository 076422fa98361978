/**
 * Patterns of German news-site furniture, by reason. Each is tested against one trimmed line,
 * so they are anchored and bounded: no pattern can backtrack over more than a line.
 */
import type { BoilerplateReason } from '../types';

export interface LinePattern {
  reason: BoilerplateReason;
  pattern: RegExp;
  /** True when the article's own text normally ends at this line: what follows is site furniture. */
  endsArticle?: boolean;
  /**
   * For patterns not anchored at the line's start, which must scan whole paragraphs: a quicker
   * test every line the pattern matches passes.
   */
  quick?: RegExp;
}

/** Photo agencies and pools that appear in credits ("Foto: … /AP/dpa"). */
const AGENCY = '(?:dpa|AP|AFP|Reuters|REUTERS|Getty|imago|IMAGO|picture[ -]alliance|Keystone|APA|Sputnik|epa|EPA|Pool|KNA|Shutterstock|iStock)';

export const LINE_PATTERNS: LinePattern[] = [
  { reason: 'metadata', pattern: /^(?:date|datum|published|veröffentlicht(?:ungsdatum)?|erstellt|stand)\s*:?\s*\d{1,4}[-./]\d{1,2}/i },
  { reason: 'metadata', pattern: /^\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}(?:,?\s*(?:um\s*)?\d{1,2}[:.]\d{2}(?:\s*Uhr)?)?$/ },
  { reason: 'metadata', pattern: /^(?:Aktualisiert|Update|Zuletzt aktualisiert)\s*(?::|am\b|vor\b)/i },
  { reason: 'metadata', pattern: /^Lesezeit\s*:?\s*(?:ca\.\s*)?\d/i },
  { reason: 'photo credit', pattern: /^(?:Fotos?|Bild(?:er)?|Credits?|Copyright|Quelle|Video|Grafik)\s*:\s*\S.{0,120}$/i },
  { reason: 'photo credit', pattern: /^©/ },
  { reason: 'photo credit', pattern: new RegExp(`\\b(?:Fotos?|Bild)\\s*:\\s*[^.!?]{0,100}${AGENCY}[^.!?]{0,60}$`), quick: /Foto|Bild/ },
  { reason: 'caption', pattern: /\((?:Archivbild|Archivfoto|Symbolbild|Symbolfoto|Illustration|Bildmontage|Montage|Screenshot)\)/i, quick: /\(/ },
  { reason: 'byline', pattern: /^von\s+\p{Lu}\p{L}+(?:[- ]\p{Lu}\p{L}+){0,3}(?=\p{Lu}|\s*$|\s*[,|/])/u },
  { reason: 'byline', pattern: /^(?:Von|Autor(?:in)?:|Ein (?:Kommentar|Gastbeitrag|Bericht|Essay) von)\s+\p{Lu}\p{L}+(?:[- ]\p{Lu}\p{L}+){0,3}\s*(?:[,|/].{0,40})?$/u },
  { reason: 'widget', pattern: /^(?:Das Wichtigste (?:in Kürze|auf einen Blick|zusammengefasst)|Auch in den News|Auch interessant|Lesen Sie auch|Lesen Sie mehr|Weitere Themen|Top-?Themen|Meistgelesen|Inhaltsverzeichnis|Artikel anhören|Zusammenfassung|Newsletter)\s*:?$/i },
  { reason: 'widget', pattern: /^(?:Mehr entdecken|Mehr zum Thema|Das könnte Sie auch interessieren|Weitere Artikel|Weitere Nachrichten|Empfehlungen der Redaktion|Mehr aus dem Ressort|Mehr Nachrichten)\s*:?$/i, endsArticle: true },
  { reason: 'teaser', pattern: /^(?:Mehr zum Thema|Zum Thema|Passend zum Thema)\s*[–—:-]\s*\S/i, endsArticle: true },
  // Inline reading tips sit between paragraphs, so they do not end the article.
  { reason: 'teaser', pattern: /^(?:Lesen Sie (?:auch|mehr)|Auch interessant|Siehe auch)\s*[–—:-]\s*\S/i },
  { reason: 'widget', pattern: /^(?:Mehr|Weitere (?:Nachrichten|Artikel|Meldungen|News|Themen)|Alle (?:Artikel|Meldungen|Nachrichten|News|Beiträge)) (?:aus|zu|zum|zur|über|im|in|rund um)\b.{1,40}$/i, endsArticle: true },
  // A bare section name above the headline is site navigation, not a kicker about the story.
  { reason: 'widget', pattern: /^(?:Politik|Wirtschaft|Sport|Kultur|Panorama|Ausland|Inland|Meinung|Wissen|Digital|Gesellschaft|Lokales|Startseite|Nachrichten)$/i },
  { reason: 'widget', pattern: /^(?:Wir (?:verwenden|nutzen|setzen)|Diese (?:Website|Webseite|Seite) (?:verwendet|nutzt|setzt))\b.{0,80}\bCookies\b/i },
  { reason: 'widget', pattern: /^(?:Alle )?(?:Akzeptieren|Ablehnen|Einverstanden|Zustimmen(?: und weiter)?|Cookies akzeptieren|Cookie-Einstellungen|Datenschutzeinstellungen)\s*[.!]?$/i },
  { reason: 'share or comment', pattern: /^(?:Diesen Artikel teilen|Artikel teilen|Jetzt teilen|Teilen|Schreibe(?:n Sie)? einen Kommentar|Kommentar schreiben|Kommentieren|Die Kommentare sind geschlossen|Kommentare(?: anzeigen| lesen)?|Kommentarfunktion.{0,60}|Link kopieren|Drucken|Artikel drucken|Zur Startseite)\s*[.:!]?$/i, endsArticle: true },
  { reason: 'advertisement', pattern: /^(?:Anzeige|ANZEIGE|Werbung|Sponsored|Gesponsert|Advertorial|Partnerinhalt)\s*:?$/i, endsArticle: true },
  { reason: 'advertisement', pattern: /\bverpasst\?.{0,60}\b(?:ansehen|anschauen|anhören|streamen)\b/i, quick: /\?/ },
  { reason: 'advertisement', pattern: /^(?:Jetzt|Hier)\b.{0,50}\b(?:abonnieren|ansehen|anhören|streamen|herunterladen|testen)\b.{0,20}$/i },
  { reason: 'AI disclosure', pattern: /\b(?:Beitrag|Artikel|Text)\b.{0,80}\b(?:mit (?:Hilfe|Unterstützung)|mithilfe|unter Verwendung|durch)\b.{0,40}(?:Künstliche[rn]? Intelligenz|\bKI\b)/i, endsArticle: true, quick: /Intelligenz|\bKI\b/i },
  { reason: 'AI disclosure', pattern: /^(?:Dieser|Der) (?:Beitrag|Artikel|Text) wurde (?:maschinell|automatisch) (?:übersetzt|erstellt)/i, endsArticle: true },
  { reason: 'source list', pattern: /^(?:Verwendete Quellen|Quellen|Quellenangaben?)\s*:?$/i, endsArticle: true },
];

/**
 * The patterns without a quick test (all anchored at the line's start), joined into one regex per
 * set of flags: most lines match none of them, and are then tested once per set instead of once
 * per pattern.
 */
const ANY_ANCHORED = [...new Set(LINE_PATTERNS.filter((p) => !p.quick).map((p) => p.pattern.flags))].map(
  (flags) =>
    new RegExp(
      LINE_PATTERNS.filter((p) => !p.quick && p.pattern.flags === flags)
        .map((p) => `(?:${p.pattern.source})`)
        .join('|'),
      flags,
    ),
);

/** The first pattern that matches the trimmed line, if any. */
export function matchLinePattern(trimmed: string): LinePattern | undefined {
  const anchored = ANY_ANCHORED.some((re) => re.test(trimmed));
  return LINE_PATTERNS.find((p) => (p.quick ? p.quick.test(trimmed) : anchored) && p.pattern.test(trimmed));
}
