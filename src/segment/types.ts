/**
 * What segmentation hands to the extractors: typed regions of the normalized text.
 * A region is a run of whole lines; extractors search inside the right region first.
 */
import type { Line, TextRange } from '../document.js';

export type RegionKind =
  | 'chrome' // site navigation, tickers, loading banners, comment boxes
  | 'issuer' // issuing body lines in the header (ô 2)
  | 'motto' // CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc
  | 'number' // Số: 16/QĐ-TCTCCTTHC
  | 'place-date' // Hà Nội, ngày 07 tháng 02 năm 2024
  | 'kind' // QUYẾT ĐỊNH
  | 'title' // trích yếu
  | 'authority' // the line naming the signing authority before the basis (TỔ TRƯỞNG …)
  | 'basis' // Căn cứ …
  | 'body'
  | 'table'
  | 'annex' // an attached plan/annex with its own heading
  | 'signature'
  | 'recipients'; // Nơi nhận

export interface Region extends TextRange {
  readonly kind: RegionKind;
  /** Line indices [first, last]. */
  readonly firstLine: number;
  readonly lastLine: number;
}

export interface Segments {
  readonly regions: readonly Region[];
  /** A news or portal page that reports on a document rather than the document itself. */
  readonly isNewsPage: boolean;
  /** Lines of the document outside chrome, in order. */
  readonly contentLines: readonly Line[];
}

export function regionsOf(segments: Segments, kind: RegionKind): Region[] {
  return segments.regions.filter((r) => r.kind === kind);
}

export function firstRegion(segments: Segments, kind: RegionKind): Region | undefined {
  return segments.regions.find((r) => r.kind === kind);
}
