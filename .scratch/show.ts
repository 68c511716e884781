import { render } from '/work/wt-v4/test/explain/render';
const base = { locale: 'en' as const, site: 'GB', sex: 'male' as const, age: 40, alt: 60, ast: 20, unit: 'U/L' as const, altRange: [7, 40] as const, astRange: [13, 35] as const, sleepLoss: false, alcohol: { drinksPerWeek: 0, bingeLastWeek: false }, intenseExerciseDaysBefore: null, medications: [] as string[], symptoms: [] as never[], conditions: [] as never[] };
for (const over of [
  { alt: 50, alcohol: { drinksPerWeek: 50, bingeLastWeek: true } },
  { locale: 'zh-CN' as const, site: 'CN', alt: 800, symptoms: ['itching'] as never[] },
  { locale: 'zh-CN' as const, site: 'GB', alt: 90, conditions: ['pregnancy'] as never[], sex: 'female' as const },
]) {
  const r = render({ ...base, ...over });
  console.log(r.text); console.log('--- doctor'); console.log(r.doctor); console.log('==========');
}
