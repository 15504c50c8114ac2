/**
 * 1 MB hostile inputs for the "any 1 MB input finishes in under 1 s" bound (issue #9).
 * Each is built to hit one stage's worst case: repeated triggers of the number, date,
 * reference, signer, task and body readers; one endless line; Markdown and HTML tables.
 * Deterministic (no randomness) so runs compare.
 */
const MB = 1 << 20;

/** Repeat `unit` (joined by `sep`) until the result is about `bytes` UTF-8 bytes. */
function fill(unit, bytes = MB, sep = '') {
  const one = Buffer.byteLength(unit + sep);
  return Array.from({ length: Math.max(1, Math.floor(bytes / one)) }, () => unit).join(sep);
}

export function hostileInputs() {
  const words = 'Giao Sở Nội vụ chủ trì phối hợp với các sở ngành Ủy ban nhân dân tỉnh thực hiện trước ngày 15/12/2024 báo cáo kết quả về Bộ Tài chính'.split(' ');
  const salad = [];
  for (let i = 0, bytes = 0; bytes < MB; i++) {
    const w = words[(i * 7919) % words.length] + (i % 23 === 22 ? '.\n' : ' ');
    salad.push(w);
    bytes += Buffer.byteLength(w);
  }
  const prose = salad.join('');
  return [
    { name: 'one line: numbers, dates, "1/", "Căn cứ"', input: 'Số: 1/QĐ-'.repeat(5000) + 'ngày 1 tháng '.repeat(20000) + '1/'.repeat(100000) + 'Căn cứ '.repeat(50000) },
    { name: '1 MB of one letter, no space', input: 'Đ'.repeat(MB / 2) },
    { name: 'task lines "- Giao Sở … chủ trì …"', input: fill('- Giao Sở Nội vụ chủ trì, phối hợp với Sở Tài chính và UBND các huyện thực hiện trước ngày 15/12/2024.', MB, '\n') },
    { name: 'numbered items 1. 1.1. a)', input: fill('1. Nhiệm vụ\n1.1. Bộ Công an chủ trì\na) Hoàn thành trong quý IV năm 2025', MB, '\n') },
    { name: 'body names back to back', input: fill('Bộ Tài chính, Bộ Nội vụ, Sở Y tế, UBND tỉnh Lào Cai, Ủy ban nhân dân các xã, phường và', MB, ' ') },
    { name: 'references "Căn cứ Nghị định số …"', input: fill('Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;', MB, '\n') },
    { name: 'signature lines KT./TM./Q.', input: fill('KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nTM. ỦY BAN NHÂN DÂN\nQ. CHỦ TỊCH\n(Đã ký)\nNguyễn Văn An', MB, '\n') },
    { name: 'deadline phrases', input: fill('trước ngày 30 tháng 6 hằng năm, định kỳ 6 tháng, chậm nhất ngày 15/12, quý I/2025, trong tháng 10', MB, '; ') },
    { name: 'Markdown pipe table, 2 columns', input: '| STT | Nhiệm vụ |\n| --- | --- |\n' + fill('| 1 | Bộ Tài chính chủ trì, hoàn thành năm 2025 |', MB - 40, '\n') },
    { name: 'plain-text table rows (tabs)', input: 'STT\tNhiệm vụ\tCơ quan chủ trì\tThời hạn\n' + fill('1\tXây dựng kế hoạch\tSở Nội vụ\tQuý IV/2025', MB - 60, '\n') },
    { name: 'upper-case lines', input: fill('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', MB, '\n') },
    { name: 'word salad (real words, random order)', input: prose },
    { name: 'HTML table 1 MB', input: '<html><body><table><tr><td>STT</td><td>Nhiệm vụ</td><td>Chủ trì</td></tr>' + fill('<tr><td>1</td><td>Xây dựng đề án</td><td>Sở Tài chính</td></tr>', MB - 100) + '</table></body></html>', options: { format: 'html' } },
    { name: 'HTML deep nesting', input: `<html><body>${'<div>'.repeat(40_000)}Số: 12/QĐ-UBND${'</div>'.repeat(40_000)}</body></html>`, options: { format: 'html' } },
  ];
}
