import drinkData from './data/drinks.json';
import type { AlcoholAnswer, Sex } from './types';

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

/** Low-risk weekly limits [NIAAA]: men 14, women 7, sex unknown 7 (the cautious reading). */
export function weeklyLimit(sex: Sex): number {
  return sex === 'male' ? drinkData.weeklyLimit.male : drinkData.weeklyLimit.female;
}

/** A binge [NIAAA]: 5 or more drinks on one occasion for men, 4 or more for women (and for sex unknown). */
export function isBinge(drinksOnOneOccasion: number, sex: Sex): boolean {
  const limit = sex === 'male' ? drinkData.bingeAtLeast.male : drinkData.bingeAtLeast.female;
  return drinksOnOneOccasion >= limit;
}

/** FACTOR-ALCOHOL. */
export function alcoholIsFactor(alcohol: AlcoholAnswer | null, sex: Sex): boolean {
  if (alcohol === null) return false;
  const overLimit = alcohol.drinksPerWeek !== null && alcohol.drinksPerWeek > weeklyLimit(sex);
  return overLimit || alcohol.bingeLastWeek === true;
}
