/** HTML character references → text (the named ones that occur in Vietnamese pages, plus numeric). */
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', ndash: '–', mdash: '—',
  hellip: '…', laquo: '«', raquo: '»', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’',
  bull: '•', middot: '·', shy: '\u00AD', zwnj: '\u200C', zwj: '\u200D', copy: '©', reg: '®',
  deg: '°', times: '×', divide: '÷', minus: '−', ensp: ' ', emsp: ' ', thinsp: '\u2009',
  Agrave: 'À', Aacute: 'Á', Acirc: 'Â', Atilde: 'Ã', Egrave: 'È', Eacute: 'É', Ecirc: 'Ê',
  Igrave: 'Ì', Iacute: 'Í', Ograve: 'Ò', Oacute: 'Ó', Ocirc: 'Ô', Otilde: 'Õ', Ugrave: 'Ù',
  Uacute: 'Ú', Yacute: 'Ý', agrave: 'à', aacute: 'á', acirc: 'â', atilde: 'ã', egrave: 'è',
  eacute: 'é', ecirc: 'ê', igrave: 'ì', iacute: 'í', ograve: 'ò', oacute: 'ó', ocirc: 'ô',
  otilde: 'õ', ugrave: 'ù', uacute: 'ú', yacute: 'ý', ETH: 'Đ', eth: 'đ',
};

export function decodeEntities(entity: string): string {
  const body = entity.replace(/^&/u, '').replace(/;$/u, '');
  if (body.startsWith('#x') || body.startsWith('#X')) {
    const cp = Number.parseInt(body.slice(2), 16);
    return Number.isFinite(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
  }
  if (body.startsWith('#')) {
    const cp = Number.parseInt(body.slice(1), 10);
    return Number.isFinite(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
  }
  return NAMED[body] ?? entity;
}
