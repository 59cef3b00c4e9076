import { describe, expect, it } from 'vitest';
// @ts-expect-error: the build config is plain JavaScript, without type declarations
import { minifyCss } from '../../rollup.config.mjs';

describe('minifyCss (the stylesheet as shipped)', () => {
  it('drops comments and the whitespace CSS ignores', () => {
    expect(minifyCss('/* why */\na > b ,\n c { color : red ; margin: 0 0 4px; }\n')).toBe('a>b,c{color:red;margin:0 0 4px}');
  });

  it('writes !important, @media( and leading-zero numbers short', () => {
    expect(minifyCss('@media (max-width: 480px) { a { --x: #fff !important; font-size: max(0.9375rem, 0.9375em); } }')).toBe(
      '@media(max-width:480px){a{--x:#fff!important;font-size:max(.9375rem,.9375em)}}',
    );
  });

  it('keeps numbers that only end in 0.x, and the spaces inside values', () => {
    expect(minifyCss('a { line-height: 10.5; x: h0.5; y: -0.5em; color: lab(from var(--b) calc((49.4 - l) * 1000) 0 0 / 1); }')).toBe(
      'a{line-height:10.5;x:h0.5;y:-0.5em;color:lab(from var(--b) calc((49.4 - l) * 1000) 0 0 / 1)}',
    );
  });
});
