import { describe, expect, it } from 'vitest';
import { isGsm7, preferGsm7 } from '../../src/render/sms';

/** Issue 30 item 8: the text, not the language, decides whether an SMS goes in GSM-7. */
describe('preferGsm7', () => {
  it('replaces typographic characters when the text can then be GSM-7, in any language', () => {
    expect(preferGsm7('It’s “fine” – 5 µmol…')).toBe('It\'s "fine" - 5 umol...');
    expect(preferGsm7('¿Señor Müller? Año — 5')).toBe('¿Señor Müller? Año - 5');
    expect(isGsm7(preferGsm7('¿Señor Müller? — 5'))).toBe(true);
  });
  it('leaves a text that needs UCS-2 anyway as written', () => {
    expect(preferGsm7('“肝功能”——请就医…')).toBe('“肝功能”——请就医…');
    expect(preferGsm7('Sí, “claro” — día')).toBe('Sí, “claro” — día');
  });
});
