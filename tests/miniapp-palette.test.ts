import { readFileSync } from 'node:fs';
import path from 'node:path';
import test from 'ava';

const palette = Object.fromEntries(
  [...readFileSync(path.resolve(__dirname, '..', 'miniapp', 'src', 'styles', '_palette.scss'), 'utf8').matchAll(/^\$([\w-]+):\s*(#[0-9a-f]{6});/gim)].map((m) => [m[1] as string, m[2] as string]),
);

/** WCAG 2.1 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

// Text on background, as the components pair them: 4.5:1 (WCAG 1.4.3, AA).
const TEXT_PAIRS: [string, string][] = [
  ['color-text', 'color-surface'],
  ['color-text', 'color-page'],
  ['color-text-muted', 'color-surface'],
  ['color-text-muted', 'color-page'],
  ['color-on-primary', 'color-primary'],
  ['color-on-primary', 'color-primary-pressed'],
  ['color-primary', 'color-surface'],
  ['color-on-danger', 'color-danger'],
  ['color-info-text', 'color-info-bg'],
  ['color-warning-text', 'color-warning-bg'],
  ['color-error-text', 'color-error-bg'],
  ['color-error-text', 'color-surface'],
  ['color-success-text', 'color-surface'],
];
// Borders of controls against what surrounds them: 3:1 (WCAG 1.4.11).
const UI_PAIRS: [string, string][] = [
  ['color-border', 'color-surface'],
  ['color-border', 'color-page'],
  ['color-focus', 'color-surface'],
];

test('reads every colour of the palette file', (t) => {
  for (const [a, b] of [...TEXT_PAIRS, ...UI_PAIRS]) t.truthy(palette[a] && palette[b], `${a} / ${b}`);
});

for (const [fg, bg] of TEXT_PAIRS) {
  test(`${fg} on ${bg} has at least 4.5:1 contrast`, (t) => {
    const ratio = contrast(palette[fg] as string, palette[bg] as string);
    t.true(ratio >= 4.5, `${ratio.toFixed(2)}:1`);
  });
}

for (const [fg, bg] of UI_PAIRS) {
  test(`${fg} against ${bg} has at least 3:1 contrast`, (t) => {
    const ratio = contrast(palette[fg] as string, palette[bg] as string);
    t.true(ratio >= 3, `${ratio.toFixed(2)}:1`);
  });
}
