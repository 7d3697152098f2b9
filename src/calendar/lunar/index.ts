/**
 * The Vietnamese lunar calendar (âm lịch): conversions, Tết, the Hùng Kings' day and year names.
 */
export { canChi } from "./canChi.js";
export { fromLunar } from "./fromLunar.js";
export { hungKingsDate } from "./hungKingsDate.js";
export { tetDate } from "./tetDate.js";
export { toLunar } from "./toLunar.js";
export type { CanChi, LunarDate } from "./types.js";
