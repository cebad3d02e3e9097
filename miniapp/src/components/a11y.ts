/**
 * ARIA role and language attributes for Taro components. Taro's typings omit them, but its H5
 * components render them onto the element, where screen readers find them; mini-program templates
 * ignore them. (`aria-*` props need no help: JSX accepts hyphenated names.)
 */
export function a11y(attributes: { role?: string; lang?: string }): object {
  return attributes;
}
