/**
 * Differential test of the two input paths (the idea of eyecite's HTML/plain-text checks):
 * a whole scraped page analysed as HTML, and the same document as plain text — the
 * normalized text the HTML path produced, fed back with format 'text' — must give the same
 * extracted values. Spans may differ; values may not. A difference means one path reads
 * layout the other does not (a table cell boundary, a <br>, an inline tag inside a word).
 *
 * For the HTML analysis the number's span is also mapped back to the page
 * (normalize(…).toSource) and must land on the characters that print the number.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { normalize } from '../src/normalize/index.js';
import type { AnalyzedDocument } from '../src/schema.js';

const PAGES = [
  '2020-bvhttdl-784',
  '2023-ubnd-binh-dinh-715',
  '2016-ubnd-bac-lieu-2083',
  '2021-ubnd-nam-dinh-1397',
  '2021-ubnd-nam-dinh-1456',
  '2009-cuc-thue-ha-noi-20574',
] as const;

const fixture = (slug: string): string =>
  readFileSync(new URL(`../fixtures/quyet-dinh/${slug}/input.html`, import.meta.url), 'utf8');

/** The values a reader of the document cares about, without spans or ids. */
function values(doc: AnalyzedDocument) {
  return {
    kind: doc.kind?.code ?? null,
    number: doc.number?.text ?? null,
    issued: doc.issued ? { date: doc.issued.date, place: doc.issued.place } : null,
    issuer: doc.issuer?.name ?? null,
    title: doc.title,
    signers: doc.signers.map((s) => ({ name: s.name, title: s.title, authority: s.authority, onBehalfOf: s.onBehalfOf })),
    recipients: doc.recipients,
    references: doc.references.map((r) => r.number),
    tasks: doc.tasks.map((t) => ({
      ordinal: t.ordinal,
      description: t.description,
      lead: t.lead.map((b) => b.name),
      due: t.deadline?.due ?? null,
    })),
  };
}

const NAMED_ENTITIES: Record<string, string> = { nbsp: '\u00a0', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** What a browser shows for a slice of markup: tags dropped, entities decoded, spaces collapsed. */
function visible(markup: string): string {
  return markup
    .replace(/<[^<>]*>/gu, ' ')
    .replace(/&#x([0-9a-f]+);/giu, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/gu, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&([a-z]+);/giu, (m, n: string) => NAMED_ENTITIES[n.toLowerCase()] ?? m)
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Document numbers print "Ð" (U+00D0) for "Đ" on some pages; the normalized number uses Đ. */
const numberKey = (s: string): string => s.normalize('NFC').replace(/\u00d0/gu, 'Đ').replace(/\s+/gu, '');

describe('HTML and plain-text paths agree on real pages', () => {
  for (const slug of PAGES) {
    describe(slug, () => {
      const html = fixture(slug);
      const fromHtml = analyze(html, { format: 'html', includeText: true });
      const text = fromHtml.text ?? '';
      const fromText = analyze(text, { format: 'text' });

      it('the HTML path finds the document (number, issuer, signer)', () => {
        expect(fromHtml.source.format).toBe('html');
        expect(fromHtml.number).not.toBeNull();
        expect(fromHtml.issuer).not.toBeNull();
        expect(fromHtml.signers.length).toBeGreaterThan(0);
      });

      it('extracts the same values from the HTML and from its normalized text', () => {
        const a = values(fromHtml);
        const b = values(fromText);
        // Field by field first, so that a failure names the field.
        expect.soft(b.kind, 'kind').toEqual(a.kind);
        expect.soft(b.number, 'number').toEqual(a.number);
        expect.soft(b.issued, 'issued').toEqual(a.issued);
        expect.soft(b.issuer, 'issuer').toEqual(a.issuer);
        expect.soft(b.title, 'title').toEqual(a.title);
        expect.soft(b.signers, 'signers').toEqual(a.signers);
        expect.soft(b.recipients, 'recipients').toEqual(a.recipients);
        expect.soft(b.references, 'references').toEqual(a.references);
        expect.soft(b.tasks, 'tasks').toEqual(a.tasks);
        expect(b).toEqual(a);
      });

      it("maps the number's span back onto the page's characters (toSource)", () => {
        const number = fromHtml.number;
        expect(number).not.toBeNull();
        if (!number) return;
        const doc = normalize(html, { format: 'html' });
        expect(doc.text).toBe(text);
        expect(doc.text.slice(number.span.start, number.span.end)).toContain(number.serial);
        const src = doc.toSource({ start: number.span.start, end: number.span.end });
        expect(src).not.toBeNull();
        if (!src) return;
        expect(src.start).toBeLessThan(src.end);
        const shown = visible(html.slice(src.start, src.end));
        expect(numberKey(shown)).toContain(numberKey(number.text));
        // The mapped slice is the number itself (give or take a few tags), in the document
        // body — not the page <title>, the site's summary table or a whole block around it.
        expect(src.end - src.start).toBeLessThanOrEqual(number.text.length + 200);
        expect(src.start).toBeGreaterThan(html.indexOf('<div class="content1">'));
      });
    });
  }
});
