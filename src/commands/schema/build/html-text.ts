/**
 * Build time only: the AWS model documentation is HTML (`<p>`, `<code>`, `<a>`, `<ul>` …). Help
 * cards need the first paragraph as plain text.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The first non-empty paragraph of a JSDoc HTML block, as one line of plain text ('' when none). */
export function firstParagraph(html: string): string {
  const body = html.replace(/^@(?:public|internal)\b.*$/gm, '').replace(/^@deprecated\s*/gm, 'Deprecated. ');
  const paragraphs = body.split(/<\/p>|<p>|<p [^>]*>|\n\s*\n|<\/?(?:ul|ol|li|dl|dt|dd|note|important)>/i);
  for (const p of paragraphs) {
    const text = decodeEntities(p.replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').replace(/ ([.,;:)])/g, '$1').trim();
    if (text && text !== 'Deprecated.') return text;
  }
  return '';
}
