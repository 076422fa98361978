/**
 * Lowercase particles inside personal names ("Ursula von der Leyen", "Abdel Fattah al-Sisi",
 * "Tamim bin Hamad Al Thani"): after a verb of saying they open the speaker's name, and
 * between a first name and a surname they belong to it.
 */

const PARTICLE = /^(?:von|van|vom|de|del|della|di|da|dos|du|le|la|al|el|bin|ben|ibn|zu|ter|ten|der|den)$/;
/** The longest particle above ("della"). */
export const MAX_PARTICLE_LENGTH = 5;

/** True for a word that may stand inside a name between capitalised parts. */
export function isNameParticle(word: string): boolean {
  // Particles start with a lowercase ASCII letter: most words (capitalised ones among them) fail on that.
  const c = word.charCodeAt(0);
  return c >= 97 && c <= 122 && PARTICLE.test(word);
}
