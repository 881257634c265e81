/**
 * Schema version 4 (the relationship loop), as pure functions over rows of version 3. The database upgrade and the
 * export migration (features/transfer/migrations.ts) both use them, so a file and a database upgrade the same way.
 * Frozen: a later version adds its own file instead of editing this one.
 */

type Row = Record<string, unknown>;

/** A topic's key: folded, so "MRI" and "mri " are one program. */
export const topicKey = (topic: string) => topic.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * A version 8 UUID (RFC 9562, custom) from a topic's key: the same topic gets the same program id in every
 * database and every migrated file, so importing an old file into an upgraded database merges instead of doubling.
 */
export function programIdOfTopic(topic: string): string {
  const key = `rounds-topic:${topicKey(topic)}`;
  // cyrb128: four 32-bit lanes of a simple, well-mixed string hash (not cryptographic; ids only need to be stable).
  let [h1, h2, h3, h4] = [1779033703, 3144134277, 1013904242, 2773480762];
  for (let i = 0; i < key.length; i++) {
    const k = key.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  const hex = [h1 ^ h2 ^ h3 ^ h4, h2 ^ h1, h3 ^ h1, h4 ^ h1]
    .map((h) => (h >>> 0).toString(16).padStart(8, '0'))
    .join('');
  const variant = ((Number.parseInt(hex[16] as string, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Version 3's eight topic chips were service lines: a topic named like one keeps it as its service line. */
const chipServiceLines = [
  'cardiology',
  'orthopedics',
  'imaging',
  'oncology',
  'neurology',
  'women’s health',
  'sleep',
  'lab',
];

/** The program a version 3 topic becomes (a service; its talking points are left for the liaison to write). */
export function programOfTopic(topic: string, at: string): Row {
  const name = topic.trim().replace(/\s+/g, ' ');
  return {
    id: programIdOfTopic(topic),
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
    name,
    serviceLine: chipServiceLines.includes(topicKey(topic)) ? name : '',
    kind: 'service',
    talkingPoints: '',
    howToRefer: '',
    phone: '',
    fax: '',
    link: '',
    materials: [],
  };
}

const topicsOf = (row: Row): string[] =>
  Array.isArray(row.topics) ? row.topics.filter((t): t is string => typeof t === 'string' && t.trim() !== '') : [];

/** A version 3 concern in version 4: open, or resolved when it had been resolved; nothing else known yet. */
export function upgradeConcern(concern: unknown): unknown {
  if (!concern || typeof concern !== 'object') return concern ?? null;
  const c = concern as Row;
  return {
    ...c,
    resolvedAt: c.resolvedAt ?? null,
    status: c.status ?? (c.resolvedAt ? 'resolved' : 'open'),
    department: c.department ?? '',
    owner: c.owner ?? '',
    actions: c.actions ?? [],
    reportedBackOn: c.reportedBackOn ?? null,
  };
}

/** A version 3 outreach in version 4: topics become program ids (programOfTopic makes the programs). */
export function upgradeOutreach(row: Row): Row {
  const { topics: _topics, ...rest } = row;
  const ids = [...new Set(topicsOf(row).map(programIdOfTopic))];
  const sensitive = row.sensitive && typeof row.sensitive === 'object' ? (row.sensitive as Row) : {};
  return {
    ...rest,
    programIds: (row.programIds as string[] | undefined) ?? ids,
    materialsLeft: row.materialsLeft ?? [],
    satisfaction: row.satisfaction ?? null,
    eventId: row.eventId ?? null,
    concern: upgradeConcern(row.concern),
    sensitive: { ...sensitive, concernResolution: sensitive.concernResolution ?? '' },
  };
}

/** The programs the topics of these version 3 outreach rows become, one per distinct topic. */
export function programsOfTopics(outreach: Iterable<Row>, at: string, into = new Map<string, Row>()): Map<string, Row> {
  for (const row of outreach) {
    for (const topic of topicsOf(row)) {
      const id = programIdOfTopic(topic);
      if (!into.has(id)) into.set(id, programOfTopic(topic, at));
    }
  }
  return into;
}

export function upgradeReferral(row: Row): Row {
  return { ...row, lostTo: row.lostTo ?? '', lostReason: row.lostReason ?? null };
}

export function upgradePhysician(row: Row): Row {
  return { ...row, loyaltyNote: row.loyaltyNote ?? '' };
}

export function upgradeSettings(row: Row): Row {
  return { ...row, competitors: row.competitors ?? [], annualGiftLimitCents: row.annualGiftLimitCents ?? 53_500 };
}

/** Per table, the row rewrite of version 4 (tables not named are unchanged; programs are made from topics). */
export const relationshipLoopUpgrades: Record<string, (row: Row) => Row> = {
  physicians: upgradePhysician,
  referrals: upgradeReferral,
  outreach: upgradeOutreach,
  settings: upgradeSettings,
};
