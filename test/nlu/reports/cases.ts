/**
 * The parser's own test set: whole reports pasted the way people copy them, one or more per shape in
 * docs/lab-report-formats.md, made up to look like real US, UK, Indian, Nordic, Czech, Chinese and Taiwanese reports.
 * `want` is every field the dialog needs: both values, both ranges (null when the report has none), the unit
 * (null when the paste states none), and a doubted unit or the need to ask which report is the newest.
 */
export interface ReportCase {
  name: string;
  shape: string;
  text: string;
  want: {
    alt: number | null;
    ast: number | null;
    altRange: [number, number] | null;
    astRange: [number, number] | null;
    unit: 'U/L' | 'ukat/L' | null;
    doubtedUnit?: string;
    /** The ranges split by sex, when that is how the report prints them. */
    altSexRanges?: { male: [number, number]; female: [number, number] };
    astSexRanges?: { male: [number, number]; female: [number, number] };
    newestBy?: 'only' | 'date' | 'words' | 'ask';
  };
}

export const REPORT_CASES: ReportCase[] = [
  // --- US ---
  {
    name: 'US comprehensive metabolic panel, tab separated',
    shape: 'US table, flags as a column',
    text: 'COMPREHENSIVE METABOLIC PANEL\nTest\tResult\tFlag\tUnits\tReference Interval\nAlbumin\t4.6\t\tg/dL\t3.8-4.9\nBilirubin, Total\t0.6\t\tmg/dL\t0.0-1.2\nAlkaline Phosphatase\t88\t\tIU/L\t44-121\nAST (SGOT)\t29\t\tIU/L\t0-40\nALT (SGPT)\t61\tHigh\tIU/L\t0-44',
    want: { alt: 61, ast: 29, altRange: [0, 44], astRange: [0, 40], unit: 'U/L' },
  },
  {
    name: 'US portal with previous result and date on the same row',
    shape: 'previous result and date on the same row',
    text: 'Component\tYour Value\tFlag\tPrevious\tDate\tUnits\tStandard Range\nALT\t61\tHigh\t47\t11/08/2025\tIU/L\t0-44\nAST\t31\t\t28\t11/08/2025\tIU/L\t0-40',
    want: { alt: 61, ast: 31, altRange: [0, 44], astRange: [0, 40], unit: 'U/L' },
  },
  {
    name: 'US portal, one cell per line',
    shape: 'one table cell per line',
    text: 'ALT (SGPT)\n72\nHigh\nNormal range: 7 - 56 U/L\nAST (SGOT)\n35\nNormal range: 10 - 40 U/L',
    want: { alt: 72, ast: 35, altRange: [7, 56], astRange: [10, 40], unit: 'U/L' },
  },
  {
    name: 'US hospital printout, lab-site codes and method notes',
    shape: 'digits that are not values: site codes, footnotes, method notes',
    text: 'Serum ALT level 01 55 U/L (Ref Int: 0 - 44) Z4M UV WITH P5P\nAST serum level 01 24 U/L (Ref Int: 0 - 40) Z4M UV WITH P5P',
    want: { alt: 55, ast: 24, altRange: [0, 44], astRange: [0, 40], unit: 'U/L' },
  },
  {
    name: 'US, AST before ALT, dates in the heading',
    shape: 'AST before ALT',
    text: 'Collected: 05-Jun-2026 08:12   Reported: 05-Jun-2026 14:40\nAST 22 U/L 10-40\nALT 58 H U/L 7-56\nGGT 35 U/L 8-61',
    want: { alt: 58, ast: 22, altRange: [7, 56], astRange: [10, 40], unit: 'U/L' },
  },
  {
    name: 'US, flags glued to numbers',
    shape: 'flags glued to numbers',
    text: 'ALT 63H 7–56 U/L\nAST 41H 10–40 U/L',
    want: { alt: 63, ast: 41, altRange: [7, 56], astRange: [10, 40], unit: 'U/L' },
  },
  // --- UK ---
  {
    name: 'UK GP record, no ranges',
    shape: 'no ranges at all (GP record)',
    text: '12-Mar-2026  Serum ALT level  68 U/L\n12-Mar-2026  AST serum level  30 U/L',
    want: { alt: 68, ast: 30, altRange: null, astRange: null, unit: 'U/L' },
  },
  {
    name: 'UK NHS LFT with upper limits only',
    shape: 'upper limit only: "<40"',
    text: 'Liver function tests\nBilirubin 9 umol/L (< 21)\nALT 52 U/L (< 40) H\nAST 33 U/L (< 40)\nAlk Phos 80 U/L (30 - 130)\nAlbumin 44 g/L (35 - 50)',
    want: { alt: 52, ast: 33, altRange: [0, 40], astRange: [0, 40], unit: 'U/L' },
  },
  {
    name: 'UK report with sex-split ranges on two lines',
    shape: 'sex-split ranges on two lines',
    text: 'Alanine transaminase 58 U/L\nMale : < 45\nFemale : < 34\nAspartate transaminase 28 U/L\nMale : < 40\nFemale : < 32',
    want: {
      alt: 58, ast: 28, altRange: null, astRange: null, unit: 'U/L',
      altSexRanges: { male: [0, 45], female: [0, 34] }, astSexRanges: { male: [0, 40], female: [0, 32] },
    },
  },
  {
    name: 'UK, ranges before the value',
    shape: '"normal 7-35" written before the value',
    text: 'normal 7-35 ALT 45 U/L\nnormal 10-35 AST 20 U/L',
    want: { alt: 45, ast: 20, altRange: [7, 35], astRange: [10, 35], unit: 'U/L' },
  },
  {
    name: 'UK, up to',
    shape: 'upper limit only: "up to"',
    text: 'ALT 52 (up to 40) AST 31 (up to 35)',
    want: { alt: 52, ast: 31, altRange: [0, 40], astRange: [0, 35], unit: null },
  },
  // --- India ---
  {
    name: 'Indian LFT block layout with METHOD lines, bilirubin first',
    shape: 'block layout: heading line, result line, METHOD line',
    text: 'LIVER FUNCTION TEST (LFT)\nTest Name Result Unit Bio. Ref. Interval\nBILIRUBIN, TOTAL\n0.60 0.2 - 1.0 mg/dL\nMETHOD : DIAZO\nBILIRUBIN, DIRECT\n0.20 0.0 - 0.3 mg/dL\nMETHOD : DIAZO\nSGOT / AST\n32 0 - 35 U/L\nMETHOD : IFCC WITHOUT P5P\nSGPT / ALT\n78 H 0 - 45 U/L\nMETHOD : IFCC WITHOUT P5P\nALKALINE PHOSPHATASE\n96 40 - 129 U/L\nMETHOD : PNPP-AMP BUFFER\nSGOT/SGPT RATIO 0.41',
    want: { alt: 78, ast: 32, altRange: [0, 45], astRange: [0, 35], unit: 'U/L' },
  },
  {
    name: 'Indian LFT block layout with dotted names',
    shape: 'block layout, names printed "S.G.P.T."',
    text: 'Test Description Observed Value Unit Reference Range\nSERUM BILIRUBIN (TOTAL)\n0.8 mg/dL 0.2 - 1.0\nMETHOD : JENDRASSIK GROF\nS.G.P.T.\n88 H U/L 0 - 40\nMETHOD : UV KINETIC (IFCC)\nS.G.O.T.\n36 U/L 0 - 37\nMETHOD : UV KINETIC (IFCC)\nALKALINE PHOSPHATASE\n230 U/L 80 - 306',
    want: { alt: 88, ast: 36, altRange: [0, 40], astRange: [0, 37], unit: 'U/L' },
  },
  {
    name: 'Indian LFT block layout, ALT first, ratio row at the end',
    shape: 'block layout with a ratio row',
    text: 'ALANINE AMINOTRANSFERASE (ALT/SGPT)\n95↑ U/L 0-45\nMethod : IFCC\nASPARTATE AMINOTRANSFERASE (AST/SGOT)\n30 U/L 0-35\nMethod : IFCC\nAST/ALT Ratio 0.32',
    want: { alt: 95, ast: 30, altRange: [0, 45], astRange: [0, 35], unit: 'U/L' },
  },
  {
    name: 'Indian single-line rows with colons',
    shape: 'Indian table, one row per line',
    text: 'S.G.P.T. (ALT) : 64 U/L 5 - 40\nS.G.O.T. (AST) : 29 U/L 5 - 40\nGamma GT : 22 U/L 7 - 32',
    want: { alt: 64, ast: 29, altRange: [5, 40], astRange: [5, 40], unit: 'U/L' },
  },
  {
    name: 'Indian block with sex-split ranges under the result',
    shape: 'block layout with sex-split ranges',
    text: 'SGPT\n58 U/L\nMale: Up to 45\nFemale: Up to 34\nMETHOD : IFCC\nSGOT\n30 U/L\nMale: Up to 35\nFemale: Up to 31\nMETHOD : IFCC',
    want: {
      alt: 58, ast: 30, altRange: null, astRange: null, unit: 'U/L',
      altSexRanges: { male: [0, 45], female: [0, 34] }, astSexRanges: { male: [0, 35], female: [0, 31] },
    },
  },
  // --- Nordic and Czech ---
  {
    name: 'Swedish µkat/L with decimal commas',
    shape: 'decimal commas, µkat/L',
    text: 'P-ALAT 1,27 µkat/l 0,10-0,80 Högt\nP-ASAT 0,45 µkat/l 0,10-0,60\nP-GT 0,50 µkat/l do 0,80',
    want: { alt: 1.27, ast: 0.45, altRange: [0.1, 0.8], astRange: [0.1, 0.6], unit: 'ukat/L' },
  },
  {
    name: 'Czech with "do 0,58"',
    shape: 'Czech "do 0,58"',
    text: 'S_ALT 1,10 µkat/l do 0,58\nS_AST 0,52 µkat/l do 0,53\nS_GMT 0,40 µkat/l do 0,68',
    want: { alt: 1.1, ast: 0.52, altRange: [0, 0.58], astRange: [0, 0.53], unit: 'ukat/L' },
  },
  {
    name: 'Czech with a spaced range',
    shape: 'decimal commas with spaced range',
    text: 'ALT 1,35 µkat/l 0,17 - 0,83 +\nAST 0,61 µkat/l 0,17 - 0,72',
    want: { alt: 1.35, ast: 0.61, altRange: [0.17, 0.83], astRange: [0.17, 0.72], unit: 'ukat/L' },
  },
  {
    name: 'Danish in U/L',
    shape: 'Nordic U/L with H flag',
    text: 'Alanintransaminase;P (ALAT) 72 U/L (10 - 70) H\nAspartattransaminase;P (ASAT) 31 U/L (15 - 45)',
    want: { alt: 72, ast: 31, altRange: [10, 70], astRange: [15, 45], unit: 'U/L' },
  },
  {
    name: 'Norwegian with ukat spelled plainly',
    shape: 'µkat/L written ukat/l',
    text: 'ALAT 0,95 ukat/l (0,15-0,75) H\nASAT 0,40 ukat/l (0,15-0,60)',
    want: { alt: 0.95, ast: 0.4, altRange: [0.15, 0.75], astRange: [0.15, 0.6], unit: 'ukat/L' },
  },
  // --- Chinese ---
  {
    name: 'Chinese hospital table with the unit once for the block',
    shape: 'unit once for the block "单位U/L"',
    text: '项目 结果 参考范围\n丙氨酸氨基转移酶（ALT） 63 ↑ 9-50\n天门冬氨酸氨基转移酶（AST） 35 15-40\nγ-谷氨酰转肽酶（GGT） 45 10-60\n碱性磷酸酶（ALP） 80 45-125\n单位U/L',
    want: { alt: 63, ast: 35, altRange: [9, 50], astRange: [15, 40], unit: 'U/L' },
  },
  {
    name: 'Chinese phone OCR: 一 for the dash, spaces in numbers, glued flag',
    shape: 'OCR: 一 for the dash, spaces in numbers',
    text: '丙氨酸氨基转移酶（ALT） 63H 9一50\n天门冬氨酸氨基转移酶（AST） 23. 50 15一40\n谷氨酰氨基转移酶 30 10一60\n单位：U/L',
    want: { alt: 63, ast: 23.5, altRange: [9, 50], astRange: [15, 40], unit: 'U/L' },
  },
  {
    name: 'Chinese short names with reference values in brackets',
    shape: '"（参考值0-40）"',
    text: '谷丙 88 ↑ （参考值0-40）谷草 30 （参考值0-40）',
    want: { alt: 88, ast: 30, altRange: [0, 40], astRange: [0, 40], unit: null },
  },
  {
    name: 'Chinese with AST first and the GGT look-alike that contains 氨基转移酶',
    shape: 'look-alike 谷氨酰氨基转移酶, AST before ALT',
    text: '谷草转氨酶 AST 28 U/L 15-40\n谷氨酰氨基转移酶 GGT 70 ↑ U/L 10-60\n谷丙转氨酶 ALT 66 ↑ U/L 9-50',
    want: { alt: 66, ast: 28, altRange: [9, 50], astRange: [15, 40], unit: 'U/L' },
  },
  {
    name: 'Chinese with the mitochondrial AST look-alike and a ratio row',
    shape: 'look-alikes: 线粒体谷草, 谷草/谷丙',
    text: '谷丙转氨酶 72 U/L 9-50 ↑\n谷草转氨酶 30 U/L 15-40\n线粒体天门冬氨酸氨基转移酶 8 U/L 0-18\n谷草/谷丙 0.42',
    want: { alt: 72, ast: 30, altRange: [9, 50], astRange: [15, 40], unit: 'U/L' },
  },
  {
    name: 'Chinese with tilde ranges and 低 flags elsewhere',
    shape: '"7 ~ 40" separators',
    text: '总蛋白 62 低 65～85 g/L\n白蛋白 40 40～55 g/L\n谷丙转氨酶 52 高 7～40 U/L\n谷草转氨酶 26 13～35 U/L',
    want: { alt: 52, ast: 26, altRange: [7, 40], astRange: [13, 35], unit: 'U/L' },
  },
  {
    name: 'Chinese one cell per line',
    shape: 'one table cell per line, Chinese',
    text: '谷丙转氨酶\n68\n↑\n9-50\nU/L\n谷草转氨酶\n25\n15-40\nU/L',
    want: { alt: 68, ast: 25, altRange: [9, 50], astRange: [15, 40], unit: 'U/L' },
  },
  // --- Taiwan ---
  {
    name: 'Taiwanese table with GOT and GPT',
    shape: 'Taiwanese GOT/GPT table',
    text: '檢驗項目 結果 單位 參考值\nGOT 24 U/L 5-35\nGPT 58 H U/L 0-40\nr-GT 20 U/L 8-61',
    want: { alt: 58, ast: 24, altRange: [0, 40], astRange: [5, 35], unit: 'U/L' },
  },
  {
    name: 'Taiwanese with bracketed names and ≤',
    shape: '"≤ 45"',
    text: 'GPT(ALT) 57 * U/L ≤ 41\nGOT(AST) 28 U/L ≤ 37',
    want: { alt: 57, ast: 28, altRange: [0, 41], astRange: [0, 37], unit: 'U/L' },
  },
  // --- OCR damage ---
  {
    name: 'OCR: two report columns run together on one line',
    shape: 'two columns run together on one line',
    text: 'ALT 68 U/L 7-40 ALP 95 U/L 40-130\nAST 25 U/L 13-35 GGT 30 U/L 8-61',
    want: { alt: 68, ast: 25, altRange: [7, 40], astRange: [13, 35], unit: 'U/L' },
  },
  {
    name: 'OCR: stray quote marks',
    shape: 'stray quote marks',
    text: '"ALT" "59" "< 50" "U/L"\n"AST" "22" "< 40" "U/L"',
    want: { alt: 59, ast: 22, altRange: [0, 50], astRange: [0, 40], unit: 'U/L' },
  },
  {
    name: 'OCR: a decimal with a space, not a range',
    shape: 'spaces inside numbers ("16. 10")',
    text: 'ALT 16. 10 U/L 0-40\nAST 45. 10-40 U/L',
    want: { alt: 16.1, ast: 45, altRange: [0, 40], astRange: [10, 40], unit: 'U/L' },
  },
  {
    name: 'OCR: row numbers and brackets',
    shape: 'row numbers, "[0-41]"',
    text: '1 SGPT 72 U/L [0-41]\n2 SGOT 28 U/L [0-37]\n3 ALP 110 U/L [40-129]',
    want: { alt: 72, ast: 28, altRange: [0, 41], astRange: [0, 37], unit: 'U/L' },
  },
  // --- look-alikes ---
  {
    name: 'GGT, ALP and LDH rows around ALT and AST',
    shape: 'GGT/ALP/LDH rows as look-alikes',
    text: 'GGT 80 H 8-61 U/L\nALT 61 High 47 11/08/2025 IU/L 0-44\nLDH 200 140-280 U/L\nALP 110 30-130 U/L\nAST 22 IU/L 0-40',
    want: { alt: 61, ast: 22, altRange: [0, 44], astRange: [0, 40], unit: 'U/L' },
  },
  {
    name: 'Ratio row first',
    shape: 'ratio rows as look-alikes',
    text: 'SGOT/SGPT Ratio 0.5\nSGPT 80 U/L 0-40\nSGOT 40 U/L 0-40',
    want: { alt: 80, ast: 40, altRange: [0, 40], astRange: [0, 40], unit: 'U/L' },
  },
  // --- the person's own remarks ---
  {
    name: 'Remarks around the lines',
    shape: 'the person\'s own remarks mixed in',
    text: 'hi, got my bloods back today, doctor said to check this\nALT 68 U/L (7-40)\nAST 25 U/L (13-35)\nis this bad?? I had a few drinks the weekend before',
    want: { alt: 68, ast: 25, altRange: [7, 40], astRange: [13, 35], unit: 'U/L' },
  },
  {
    name: 'Remark with a wrong unit under the lines',
    shape: 'a remark stating a wrong unit',
    text: 'ALT 68 (7-40)\nAST 25 (13-35)\nthese values are in μmol/l, not mg/dL',
    want: { alt: 68, ast: 25, altRange: [7, 40], astRange: [13, 35], unit: null, doubtedUnit: 'μmol/l' },
  },
  {
    name: 'Wrong unit printed on the rows',
    shape: 'a wrong unit on the rows',
    text: 'ALT 68 mg/dL 7-40\nAST 25 mg/dL 13-35',
    want: { alt: 68, ast: 25, altRange: [7, 40], astRange: [13, 35], unit: null, doubtedUnit: 'mg/dl' },
  },
  {
    name: 'Forum-style text with no ranges',
    shape: 'no ranges at all (forum style)',
    text: 'My ALT came back at 85 and my AST was 32. Doctor wants a retest in a month.',
    want: { alt: 85, ast: 32, altRange: null, astRange: null, unit: null },
  },
  {
    name: 'Remark mentioning the name before the table',
    shape: 'remarks that name the test',
    text: 'my ALT has been high before so I am worried\nALT 90 U/L 0-40\nAST 35 U/L 0-35',
    want: { alt: 90, ast: 35, altRange: [0, 40], astRange: [0, 35], unit: 'U/L' },
  },
  {
    name: 'Chinese remark after the lines',
    shape: 'remarks mixed in, Chinese',
    text: '体检报告：\n谷丙转氨酶 75 U/L 9-50\n谷草转氨酶 33 U/L 15-40\n医生说不用担心，是真的吗？',
    want: { alt: 75, ast: 33, altRange: [9, 50], astRange: [15, 40], unit: 'U/L' },
  },
  // --- two reports one after the other ---
  {
    name: 'Two dated reports: the newer second',
    shape: 'two reports with dates, newest last',
    text: 'Report date: 03/02/2026\nALT 95 U/L 0-40\nAST 40 U/L 0-35\n\nReport date: 15/05/2026\nALT 62 U/L 0-40\nAST 28 U/L 0-35',
    want: { alt: 62, ast: 28, altRange: [0, 40], astRange: [0, 35], unit: 'U/L', newestBy: 'date' },
  },
  {
    name: 'Two dated reports: the newer first',
    shape: 'two reports with dates, newest first',
    text: '2026-06-05\n谷丙转氨酶 58 U/L 9-50\n谷草转氨酶 26 U/L 15-40\n2026-01-10\n谷丙转氨酶 88 U/L 9-50\n谷草转氨酶 45 U/L 15-40',
    want: { alt: 58, ast: 26, altRange: [9, 50], astRange: [15, 40], unit: 'U/L', newestBy: 'date' },
  },
  {
    name: 'Two rows dated at the start of the line',
    shape: 'two GP-record entries with dates',
    text: '05-Jun-2026 ALT 77 U/L 0-40\n05-Jun-2026 AST 30 U/L 0-40\n12-Jan-2026 ALT 102 U/L 0-40\n12-Jan-2026 AST 44 U/L 0-40',
    want: { alt: 77, ast: 30, altRange: [0, 40], astRange: [0, 40], unit: 'U/L', newestBy: 'date' },
  },
  {
    name: 'Two reports told apart by words',
    shape: 'two reports, "previous" and "latest"',
    text: 'previous test:\nALT 110 U/L 0-40, AST 50 U/L 0-35\nlatest test:\nALT 70 U/L 0-40, AST 30 U/L 0-35',
    want: { alt: 70, ast: 30, altRange: [0, 40], astRange: [0, 35], unit: 'U/L', newestBy: 'words' },
  },
  {
    name: 'Two undated reports: ask which is the newest',
    shape: 'two reports without dates',
    text: 'ALT 95 U/L 0-40\nAST 40 U/L 0-35\n\nALT 62 U/L 0-40\nAST 28 U/L 0-35',
    want: { alt: null, ast: null, altRange: null, astRange: null, unit: null, newestBy: 'ask' },
  },
  // --- simple lines ---
  {
    name: 'One line with both, en dash ranges',
    shape: 'en dash and semicolon',
    text: 'ALT(GPT) 68 U/L 7–40; AST 25 U/L 13–35',
    want: { alt: 68, ast: 25, altRange: [7, 40], astRange: [13, 35], unit: 'U/L' },
  },
  {
    name: 'Only ALT, a bare line',
    shape: 'only one analyte',
    text: 'ALT 68',
    want: { alt: 68, ast: null, altRange: null, astRange: null, unit: null },
  },
  // --- more layouts seen in the wild ---
  {
    name: 'Mayo-style names with the specimen letter',
    shape: 'long names with "(ALT), S"',
    text: 'Alanine Aminotransferase (ALT), S   55 U/L   7-55\nAspartate Aminotransferase (AST), S   30 U/L   8-48',
    want: { alt: 55, ast: 30, altRange: [7, 55], astRange: [8, 48], unit: 'U/L' },
  },
  {
    name: 'Chinese app with full-width colons and a range label on the row',
    shape: '"参考范围：9.0-50.0" on the row',
    text: '谷丙转氨酶(ALT)：68.0 U/L ↑ 参考范围：9.0-50.0\n谷草转氨酶(AST)：30.0 U/L 参考范围：15.0-40.0',
    want: { alt: 68, ast: 30, altRange: [9, 50], astRange: [15, 40], unit: 'U/L' },
  },
  {
    name: 'Chinese OCR with the range label on the next line',
    shape: 'range on its own line under the value',
    text: '谷丙转氨酶 68\n参考值: 0-40\n谷草转氨酶 25\n参考值: 0-40',
    want: { alt: 68, ast: 25, altRange: [0, 40], astRange: [0, 40], unit: null },
  },
  {
    name: 'German with GPT/GOT and upper limits',
    shape: '"< 50", GOT in capitals',
    text: 'GPT (ALT) 68 U/l < 50\nGOT (AST) 30 U/l < 35\nGamma-GT 40 U/l < 60',
    want: { alt: 68, ast: 30, altRange: [0, 50], astRange: [0, 35], unit: 'U/L' },
  },
  {
    name: 'Sex-split ranges on the same row',
    shape: 'sex-split ranges "M: 0-45 F: 0-34"',
    text: 'ALT 58 U/L M: 0-45 F: 0-34\nAST 30 U/L M: 0-40 F: 0-32',
    want: {
      alt: 58, ast: 30, altRange: null, astRange: null, unit: 'U/L',
      altSexRanges: { male: [0, 45], female: [0, 34] }, astSexRanges: { male: [0, 40], female: [0, 32] },
    },
  },
  {
    name: 'A sentence with ranges written out',
    shape: 'prose with "normal range 7 to 40"',
    text: 'My results: ALT is 68 (normal range 7 to 40) and AST is 25 (normal range 13 to 35)',
    want: { alt: 68, ast: 25, altRange: [7, 40], astRange: [13, 35], unit: null },
  },
  {
    name: 'A previous value in a remark on the row',
    shape: 'previous result in brackets with a date',
    text: 'ALT 68 U/L 7-40 (previous 55 on 01/02/2026)\nAST 25 U/L 13-35',
    want: { alt: 68, ast: 25, altRange: [7, 40], astRange: [13, 35], unit: 'U/L' },
  },
  {
    name: 'Row numbers with English and Chinese names together',
    shape: 'names in both languages on one row',
    text: '1 ALT 谷丙转氨酶 68 ↑ 9-50 U/L\n2 AST 谷草转氨酶 25 15-40 U/L\n3 AST/ALT 0.37',
    want: { alt: 68, ast: 25, altRange: [9, 50], astRange: [15, 40], unit: 'U/L' },
  },
  {
    name: 'Two GP-record lines with ISO dates',
    shape: 'two reports with ISO dates on the rows',
    text: '2026-03-01 ALT 90 AST 40\n2026-06-01 ALT 60 AST 28',
    want: { alt: 60, ast: 28, altRange: null, astRange: null, unit: null, newestBy: 'date' },
  },
  // --- Issue #28: which result is today's ---
  {
    name: 'Cumulative table, dates as column heads, newest on the right',
    shape: 'cumulative table, dates as column heads (either order)',
    text: 'Test\t12/11/2025\t03/02/2026\t19/05/2026\tUnits\tRange\nALT\t38\t52\t97 H\tU/L\t0-45\nAST\t25\t30\t44 H\tU/L\t0-35',
    want: { alt: 97, ast: 44, altRange: [0, 45], astRange: [0, 35], unit: 'U/L' },
  },
  {
    name: 'Cumulative table, dates as column heads, newest on the left (Chinese)',
    shape: 'cumulative table, dates as column heads (either order)',
    text: '项目  2026-04-20  2026-01-08  2025-10-02  参考区间  单位\n谷丙转氨酶  66↑  104↑  131↑  9-50  U/L\n谷草转氨酶  31  52↑  70↑  15-40  U/L',
    want: { alt: 66, ast: 31, altRange: [9, 50], astRange: [15, 40], unit: 'U/L' },
  },
  {
    name: 'Previous and current columns, previous first',
    shape: '"previous" and "current" columns',
    text: 'Test  Previous  Current  Units  Ref range\nALT (SGPT)  71  49  U/L  5-41\nAST (SGOT)  40  27  U/L  5-40',
    want: { alt: 49, ast: 27, altRange: [5, 41], astRange: [5, 40], unit: 'U/L' },
  },
  {
    name: 'Result column, then a previous column with its date in the head',
    shape: '"previous" and "current" columns',
    text: 'Collected: 16-Feb-2026\nTest  Result  Previous (10-Nov-2025)  Unit  Range\nALT  58 H  44  U/L  <45\nAST  29  26  U/L  <35',
    want: { alt: 58, ast: 29, altRange: [0, 45], astRange: [0, 35], unit: 'U/L' },
  },
  {
    name: 'Portal list, one block per test, a date on each line in no order',
    shape: 'portal list with dates on the rows',
    text: 'Alanine aminotransferase (ALT)\nDate  Value  Units  Range\n14/10/2025  39  U/L  10 - 50\n21/03/2026  83  U/L  10 - 50\n09/01/2026  61  U/L  10 - 50\n\nAspartate aminotransferase (AST)\nDate  Value  Units  Range\n21/03/2026  47  U/L  10 - 50\n14/10/2025  26  U/L  10 - 50',
    want: { alt: 83, ast: 47, altRange: [10, 50], astRange: [10, 50], unit: 'U/L' },
  },
  {
    name: 'Portal list, names across one line and a line per date',
    shape: 'portal list with dates on the rows',
    text: 'Date  ALT  AST\n02/12/2025  72  40\n11/04/2026  55  33',
    want: { alt: 55, ast: 33, altRange: null, astRange: null, unit: null, newestBy: 'date' },
  },
  {
    name: 'Taiwan app list with Minguo years on the rows',
    shape: 'portal list with dates on the rows',
    text: '就醫日期  檢驗項目  檢驗結果  參考值\n115/01/12  GPT(ALT)  77 U/L  0-41\n115/01/12  GOT(AST)  39 U/L  0-40\n114/09/30  GPT(ALT)  58 U/L  0-41\n114/09/30  GOT(AST)  33 U/L  0-40',
    want: { alt: 77, ast: 39, altRange: [0, 41], astRange: [0, 40], unit: 'U/L', newestBy: 'date' },
  },
  // --- Issue #28: layouts the guide lacked ---
  {
    name: 'Indian PDF text, range and unit before the value, the name last',
    shape: 'range or unit before the value, name last',
    text: 'Bio. Ref. Interval Units Results Test Name\n<45.00 U/L 88.00 H ALT (SGPT)\n(IFCC without P5P)\n<35.00 U/L 41.00 H AST (SGOT)\n(IFCC without P5P)',
    want: { alt: 88, ast: 41, altRange: [0, 45], astRange: [0, 35], unit: 'U/L' },
  },
  {
    name: 'Unit and range before the value, name in the middle',
    shape: 'range or unit before the value, name last',
    text: 'U/L 0-45 SGPT 67\nU/L 0-35 SGOT 33',
    want: { alt: 67, ast: 33, altRange: [0, 45], astRange: [0, 35], unit: 'U/L' },
  },
  {
    name: 'Result and Reference on labelled lines of their own, in two languages',
    shape: 'value and range on separate labelled lines',
    text: 'Alanine aminotransférase (ALT)\n  Résultat / Result: 62 U/L  H\n  Valeurs de référence / Reference values: 5 - 41 U/L\nAspartate aminotransférase (AST)\n  Résultat / Result: 34 U/L\n  Valeurs de référence / Reference values: 5 - 40 U/L',
    want: { alt: 62, ast: 34, altRange: [5, 41], astRange: [5, 40], unit: 'U/L' },
  },
  {
    name: '"Normal range:" alone, the range on the next line, double dashes',
    shape: '"Normal range:" on the next line; 7--45',
    text: 'SGPT (ALT): 59 iu/l\nNormal range:\n7--45\nSGOT (AST): 31 iu/l\nNormal range:\n8--38',
    want: { alt: 59, ast: 31, altRange: [7, 45], astRange: [8, 38], unit: 'U/L' },
  },
  {
    name: 'Ranges only in footnotes, marked *1 and *2',
    shape: 'ranges only in footnotes',
    text: 'GOT (AST)  29 U/L *1\nGPT (ALT)  57 U/L *2\n*1 Reference range: < 40 U/L\n*2 Reference range: < 41 U/L',
    want: { alt: 57, ast: 29, altRange: [0, 41], astRange: [0, 40], unit: 'U/L' },
  },
  {
    name: 'Ranges in a list of their own under the results, sex-specific',
    shape: 'ranges only in footnotes; sex-specific limits',
    text: 'AST 44 U/L\nALT 39 U/L\nReference ranges:\nAST Male: 0-37 Female: 0-31\nALT Male: 0-40 Female: 0-31',
    want: { alt: 39, ast: 44, altRange: null, astRange: null, unit: 'U/L', altSexRanges: { male: [0, 40], female: [0, 31] }, astSexRanges: { male: [0, 37], female: [0, 31] } },
  },
  {
    name: 'Table OCR\'d column by column: names, results, units, ranges',
    shape: 'a table OCR\'d column by column',
    text: 'Test\nBilirubin\nALT\nAST\nResult\n12\n74\n36\nUnits\numol/L\nIU/L\nIU/L\nReference Range\n0-21\n0-33\n0-32',
    want: { alt: 74, ast: 36, altRange: [0, 33], astRange: [0, 32], unit: 'U/L' },
  },
  {
    name: '"Upto" and "[<41]" limits',
    shape: '"Upto 45", "< 40", "[<41]"',
    text: 'SGPT 63 U/L Upto 45\nSGOT 30 U/L [<41]',
    want: { alt: 63, ast: 30, altRange: [0, 45], astRange: [0, 41], unit: 'U/L' },
  },
  {
    name: 'Sex-specific limits after the range: "10-55 (M), 7-35 (F)"',
    shape: 'sex-specific limits',
    text: 'ALT (SGPT)  52  U/L  10-55 (M), 7-35 (F)\nAST (SGOT)  30  U/L  10-40 (M), 9-32 (F)',
    want: { alt: 52, ast: 30, altRange: null, astRange: null, unit: 'U/L', altSexRanges: { male: [10, 55], female: [7, 35] }, astSexRanges: { male: [10, 40], female: [9, 32] } },
  },
  {
    name: 'Notes under the results are not values',
    shape: 'notes are not values',
    text: 'ALT 66 U/L (0-45)\nAST 29 U/L (0-35)\nRanges for ages 16 and over.\nPlease recheck in 6 weeks.',
    want: { alt: 66, ast: 29, altRange: [0, 45], astRange: [0, 35], unit: 'U/L' },
  },
  {
    name: 'A limit written after the number in Chinese prose: "40以下"',
    shape: '"Upto 45", "< 40", "[<41]"',
    text: '谷丙转氨酶 88，正常40以下\n谷草转氨酶 45，正常35以下',
    want: { alt: 88, ast: 45, altRange: [0, 40], astRange: [0, 35], unit: null },
  },
  {
    name: 'Two page columns run together, a row number before the next name',
    shape: 'two report columns run together on one line',
    text: '1 谷丙转氨酶(ALT)  73 ↑  9-50  U/L  7 总蛋白(TP)  70.1  65-85  g/L\n2 谷草转氨酶(AST)  38  15-40  U/L  8 白蛋白(ALB)  45.2  40-55  g/L',
    want: { alt: 73, ast: 38, altRange: [9, 50], astRange: [15, 40], unit: 'U/L' },
  },
];
