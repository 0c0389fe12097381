import type { Rng } from './prng';

/**
 * Company and person names for seeded data sets. They deliberately include what makes account
 * mapping hard in real MSP tenants: diacritics and non-Latin scripts, legal suffixes (Inc, LLC,
 * GmbH, Pty Ltd, S.A., …) with and without punctuation, ampersands, and near-duplicates.
 */
const STEMS = [
  'Acme',
  'Northwind',
  'Contoso',
  'Fabrikam',
  'Blue Yonder',
  'Summit',
  'Riverbend',
  'Harbor',
  'Pinecrest',
  'Lakeside',
  'Ironwood',
  'Silverline',
  'Redstone',
  'Brightpath',
  'Keystone',
  'Maple Leaf',
  'Evergreen',
  'Cedar',
  'Granite',
  'Atlas',
  'Orion',
  'Polaris',
  'Zenith',
  'Vertex',
  'Meridian',
  'Horizon',
  'Sterling',
  'Falcon',
  'Copperfield',
  'Oakridge',
  'Westbrook',
  'Eastgate',
  'Highland',
  'Bayview',
  'Stonebridge',
  'Müller',
  'Schäfer',
  'Köhler',
  'Björk',
  'Ångström',
  'Søndergaard',
  'Łódź',
  'Dvořák',
  'Čapek',
  'Škoda',
  'Peña',
  'Muñoz',
  'Gonçalves',
  'Furtado',
  'Ibáñez',
  'Lefèvre',
  'Bélanger',
  'Côté',
  'Ørsted',
  'Þórsson',
  'Żółw',
  'Nguyễn',
  'Trần',
  'Öztürk',
  'Çelik',
  'Şahin',
  'Kovačević',
  'Jiménez',
  'François',
  'Zoë',
  '株式会社 山田',
  '東京テック',
  '北京科技',
  'Ελληνική',
  'Москва Софт',
  'Київ Дата',
  'שלום',
  'القاهرة',
];
const SECTORS = [
  'Dental',
  'Logistics',
  'Legal',
  'Accounting',
  'Engineering',
  'Medical',
  'Construction',
  'Consulting',
  'Manufacturing',
  'Realty',
  'Insurance',
  'Foods',
  'Design',
  'Energy',
  'Labs',
  'Systems',
  'Partners',
  'Holdings',
  'Group',
  'Solutions',
  'Services',
  'Technologies',
  'Studio',
  'Clinic',
  'Freight',
];
const SUFFIXES = [
  '',
  '',
  '',
  'Inc',
  'Inc.',
  'LLC',
  'L.L.C.',
  'Ltd',
  'Ltd.',
  'Limited',
  'Corp',
  'Corporation',
  'Co.',
  'GmbH',
  'GmbH & Co. KG',
  'AG',
  'Pty Ltd',
  'Pty. Ltd.',
  'S.A.',
  'SA',
  'S.L.',
  'S.A.S.',
  'SARL',
  'S.p.A.',
  'S.r.l.',
  'B.V.',
  'N.V.',
  'AB',
  'A/S',
  'Oy',
  'K.K.',
  'PLC',
  'LLP',
  'Sp. z o.o.',
  's.r.o.',
  'Kft.',
];
const FIRST_NAMES = [
  'Alex',
  'Sam',
  'Jordan',
  'Taylor',
  'Morgan',
  'Chris',
  'Pat',
  'Robin',
  'Jamie',
  'Casey',
  'Lena',
  'Jürgen',
  'Zoë',
  'José',
  'Ana',
  'Björn',
  'Søren',
  'Chloé',
  'Małgorzata',
  'Nguyễn',
  'Yuki',
  'Priya',
  'Olu',
  'Fatima',
];
const LAST_NAMES = [
  'Smith',
  'Johnson',
  'Brown',
  'Garcia',
  'Miller',
  'Davis',
  'Martin',
  'Müller',
  'Schmidt',
  'Nowak',
  'Dubois',
  'Rossi',
  'Silva',
  'Kowalski',
  'Tanaka',
  'Kim',
  'Patel',
  'Okafor',
  'Jensen',
  "O'Brien",
];

/** One company name, e.g. "Müller Dental GmbH", "Acme & Sons, Inc.", "東京テック K.K.". */
export function companyName(rng: Rng): string {
  const stem = rng.pick(STEMS);
  const shape = rng.int(0, 9);
  const suffix = rng.pick(SUFFIXES);
  let name: string;
  if (shape <= 4) name = `${stem} ${rng.pick(SECTORS)}`;
  else if (shape === 5) name = `${stem} & ${rng.pick(['Sons', 'Partners', 'Co', 'Associates'])}`;
  else if (shape === 6) name = `${stem}-${rng.pick(STEMS)}`;
  else if (shape === 7) name = `The ${stem} ${rng.pick(SECTORS)}`;
  else name = stem;
  if (!suffix) return name;
  // Both spellings occur in real data: "Acme, Inc." and "Acme Inc".
  return rng.chance(0.3) && /^(Inc|LLC|Ltd)/.test(suffix) ? `${name}, ${suffix}` : `${name} ${suffix}`;
}

/**
 * `count` company names, unique after case-folding: a collision gets a location qualifier, the
 * way MSPs tell two same-named customers apart ("Summit Dental (Denver)").
 */
export function uniqueCompanyNames(rng: Rng, count: number): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  const places = ['North', 'South', 'East', 'West', 'Denver', 'Berlin', 'Sydney', 'Lyon', 'Osaka', 'Leeds'];
  for (let i = 0; i < count; i++) {
    let name = companyName(rng);
    if (seen.has(name.toLowerCase())) name = `${name} (${rng.pick(places)})`;
    if (seen.has(name.toLowerCase())) name = `${name} #${i + 1}`;
    seen.add(name.toLowerCase());
    names.push(name);
  }
  return names;
}

export function personName(rng: Rng): { firstName: string; lastName: string } {
  return { firstName: rng.pick(FIRST_NAMES), lastName: rng.pick(LAST_NAMES) };
}

/** An identifier the way ConnectWise derives one from a name: ASCII letters/digits, max `max` chars. */
export function identifierFrom(name: string, max = 25): string {
  const ascii = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const compact = ascii.replace(/[^A-Za-z0-9]/g, '');
  return (compact || 'Company').slice(0, max);
}
