import drinkData from './data/drinks.json';
import type { AlcoholAnswer, Condition, Sex } from './types';

/** [NIAAA]: a US standard drink is 14 g of alcohol. Grams = mL × ABV × 0.789. */
export const GRAMS_PER_STANDARD_DRINK = 14;
export const ETHANOL_DENSITY = 0.789;

export interface DrinkSize {
  id: string;
  ml: number;
  abv: number;
  /** Standard drinks in one, as the spec states it (rounded there, so the spec's figure is used). */
  standardDrinks: number;
}

export const DRINK_SIZES: readonly DrinkSize[] = drinkData.sizes;

export function standardDrinksFrom(ml: number, abv: number): number {
  return (ml * abv * ETHANOL_DENSITY) / GRAMS_PER_STANDARD_DRINK;
}

/** Low-risk weekly limits [NIAAA] by sex alone: men 14, women 7, sex unknown 7 (the cautious reading). FACTOR-ALCOHOL uses `weeklyAlcoholLimit` (sites.ts), which adds age and the site. */
export function weeklyLimit(sex: Sex): number {
  return sex === 'male' ? drinkData.weeklyLimit.male : drinkData.weeklyLimit.female;
}

/** A binge [NIAAA]: 5 or more drinks on one occasion for men, 4 or more for women (and for sex unknown). */
export function isBinge(drinksOnOneOccasion: number, sex: Sex): boolean {
  const limit = sex === 'male' ? drinkData.bingeAtLeast.male : drinkData.bingeAtLeast.female;
  return drinksOnOneOccasion >= limit;
}

/** FACTOR-ALCOHOL: drinks a week strictly above `limit` (from `weeklyAlcoholLimit`; 0 means any drinking), or a binge last week. */
export function alcoholIsFactor(alcohol: AlcoholAnswer | null, limit: number): boolean {
  if (alcohol === null) return false;
  const overLimit = alcohol.drinksPerWeek !== null && alcohol.drinksPerWeek > limit;
  return overLimit || alcohol.bingeLastWeek === true;
}

/** ALC-HEAVY: 35 or more US drinks a week [NIAAA heavy drinking], or either condition says so [NICE-ALC]. */
export const HEAVY_DRINKS_PER_WEEK = 35;

export function heavyDrinking(drinksPerWeek: number | null | undefined, conditions: Iterable<Condition>): boolean {
  const said = [...conditions].some((c) => c === 'heavy_alcohol_history' || c === 'alcohol_dependence');
  return said || (drinksPerWeek !== null && drinksPerWeek !== undefined && drinksPerWeek >= HEAVY_DRINKS_PER_WEEK);
}
