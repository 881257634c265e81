/** Placeholder until translated. */
export const es: Record<string, string> = {};
