/** WeChat's standard font setting is 16 px, i.e. a scale factor of 1. */
const STANDARD_FONT_PX = 16;
/** From one step above standard ("large") on, the person evidently wants bigger type. */
const LARGE_SCALE = 1.15;

/**
 * Whether elder mode starts on for someone who never chose: on when the system font is large
 * (WeChat exposes it as `fontSizeScaleFactor`, older base libraries as `fontSizeSetting` in px).
 */
export function elderByDefault(font: { fontSizeScaleFactor?: number; fontSizeSetting?: number }): boolean {
  if (font.fontSizeScaleFactor !== undefined) return font.fontSizeScaleFactor >= LARGE_SCALE;
  if (font.fontSizeSetting !== undefined) return font.fontSizeSetting / STANDARD_FONT_PX >= LARGE_SCALE;
  return false;
}
