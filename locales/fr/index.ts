/** Placeholder until translated. */
export const fr: Record<string, string> = {};
