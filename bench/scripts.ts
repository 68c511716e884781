/** Whole conversations of free-text answers, as the tests use them, in both languages: [question, reply]. */
export interface Script {
  locale: string;
  turns: [string, string][];
}

export const SCRIPTS: Script[] = [
  {
    locale: 'en-US',
    turns: [
      ['start', 'hi'], ['consent', 'yes'], ['results', 'ALT(GPT) 68 U/L 7-40; AST 25 U/L 13-35'], ['age', '34'], ['sleep', 'yes, I stayed up late'],
      ['alcohol', 'had like 6 beers saturday'], ['exercise', '3 days ago'], ['medicines', 'acetominophen 500mg, lipiter'],
      ['paracetamolDose', '2 tablets twice a day'], ['paracetamolDays', 'no'], ['symptoms', 'none'],
      ['conditions', 'overweight'], ['summary', 'yes'],
    ],
  },
  {
    locale: 'zh-CN',
    turns: [
      ['start', '你好'], ['consent', '同意'], ['results', '谷丙转氨酶 68 U/L (9-50)\n谷草转氨酶 25 U/L (15-40)'], ['age', '三十四岁'], ['sleep', '有一点'],
      ['alcohol', '每天二两白酒'], ['exercise', '前天跑了半马'], ['medicines', '泰诺 一天两次'],
      ['paracetamolDose', '一次一片，一天两次'], ['paracetamolDays', '没有'], ['symptoms', '没有'], ['conditions', '没有'], ['summary', '对'],
    ],
  },
  {
    locale: 'en-GB',
    turns: [
      ['start', 'hello'], ['consent', 'ok'], ['results', 'sixty-eight'], ['ast', '25'], ['altRange', '7-40'], ['astRange', 'none'], ['sex', 'female'],
      ['age', 'skip'], ['sleep', 'no'], ['alcohol', '2 glasses of wine a week'], ['exercise', 'no'], ['medicines', 'Lipitor 20mg'], ['symptoms', 'itchy'],
      ['conditions', 'none'], ['summary', 'yes'],
    ],
  },
];

export const scriptLines = (s: Script): string[] => s.turns.map(([, text]) => text);
