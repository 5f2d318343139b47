// Authorisation-matrix recipes for the routes of one module (see access-recipes.ts).
import type { AccessRecipe } from "./access-recipes";

export const seriesAccessRecipes: Record<string, AccessRecipe> = {};
