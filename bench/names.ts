/** Synthetic but plausible entity properties (French-flavoured, with accents, like the demo data). */
import { chance, int, pick, type Rng } from './random';

const ORG_FORMS = [
	'Atelier', 'Boulangerie', 'Café', 'Cabinet', 'Clinique', 'Garage', 'Hôtel', 'Laboratoire', 'Pharmacie',
	'Restaurant', 'Société', 'Transports', 'Groupe', 'Établissements', 'Studio', 'Agence', 'Maison', 'École',
	'Résidence', 'Centre', 'Coopérative', 'Imprimerie', 'Brasserie', 'Domaine'
];
const SYLLABLES = [
	'bo', 'ré', 'al', 'cris', 'tal', 'del', 'ta', 'sour', 'ces', 'mar', 'lan', 'vel', 'ra', 'zur', 'fon', 'tai',
	'ne', 'lu', 'mi', 'è', 'ro', 'sa', 'ly', 'on', 'gar', 'dé', 'ni', 'vo', 'ta', 'pel', 'ber', 'nac', 'tou',
	'lou', 'sé', 'ga', 'bri', 'el', 'ma', 'ton', 'ké', 'la', 'fa', 'bi', 'rou', 'an', 'ti', 'ca'
];
const ORG_SUFFIXES = [
	'', '', '', '', 'Distribution', 'Services', '& Fils', 'Associés', 'Industries', 'Conseil', 'Logistique',
	'Frères', 'International', 'SARL', 'SAS', 'Group'
];
const FIRST_NAMES = [
	'Marcel', 'Sophie', 'Nathalie', 'Jean-Pierre', 'Éric', 'Élodie', 'Karim', 'Amina', 'Yacine', 'Léa', 'Chloé',
	'Hugo', 'Lucas', 'Inès', 'Sarah', 'Mohamed', 'Fatima', 'Thomas', 'Camille', 'Julien', 'Émilie', 'Nicolas',
	'Céline', 'Antoine', 'Manon', 'Rachid', 'Nadia', 'Olivier', 'Sandrine', 'Pierre', 'Isabelle', 'François',
	'Hélène', 'Mehdi', 'Samia', 'Laurent', 'Zoé', 'Bruno', 'Agnès', 'Jérôme', 'Anaïs', 'Sébastien', 'Lina'
];
const LAST_NAMES = [
	'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon',
	'Laurent', 'Lefèvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier', 'Morel',
	'Girard', 'André', 'Mercier', 'Dupont', 'Lambert', 'Bonnet', 'François', 'Martinez', 'Benali', 'Haddad',
	'Boudiaf', 'Mansouri', 'Saïdi', 'Chérif', 'Perrin', 'Marchand', 'Faure', 'Rousseau', 'Blanc', 'Guérin',
	'Müller', 'Nguyen', 'Smith', 'Rossi', 'Fernández', 'Kowalski', 'Da Silva'
];
const POSITIONS = [
	null, null, 'Directeur', 'Directrice commerciale', 'Acheteur', 'Responsable achats', 'Comptable', 'Assistante',
	'Gérant', 'Responsable logistique', 'Office manager', 'Chef de projet', 'Technicien', 'Secrétaire général'
];
const CITIES: readonly { city: string; postcode: string; country: string; prefix: string }[] = [
	{ city: 'Paris', postcode: '75011', country: 'FR', prefix: '+331' },
	{ city: 'Lyon', postcode: '69003', country: 'FR', prefix: '+334' },
	{ city: 'Marseille', postcode: '13008', country: 'FR', prefix: '+334' },
	{ city: 'Toulouse', postcode: '31000', country: 'FR', prefix: '+335' },
	{ city: 'Bordeaux', postcode: '33000', country: 'FR', prefix: '+335' },
	{ city: 'Lille', postcode: '59000', country: 'FR', prefix: '+333' },
	{ city: 'Nantes', postcode: '44000', country: 'FR', prefix: '+332' },
	{ city: 'Strasbourg', postcode: '67000', country: 'FR', prefix: '+333' },
	{ city: 'Nice', postcode: '06300', country: 'FR', prefix: '+334' },
	{ city: 'Rennes', postcode: '35000', country: 'FR', prefix: '+332' },
	{ city: 'Aubagne', postcode: '13400', country: 'FR', prefix: '+334' },
	{ city: 'Alger', postcode: '16000', country: 'DZ', prefix: '+21321' },
	{ city: 'Oran', postcode: '31000', country: 'DZ', prefix: '+21341' },
	{ city: 'Bruxelles', postcode: '1000', country: 'BE', prefix: '+322' },
	{ city: 'Genève', postcode: '1201', country: 'CH', prefix: '+4122' },
	{ city: 'Montréal', postcode: 'H2X 1Y4', country: 'CA', prefix: '+1514555' }
];
const STATUSES = [
	...Array<string>(80).fill('active'),
	...Array<string>(12).fill('dormant'),
	...Array<string>(3).fill('suspended'),
	...Array<string>(5).fill('payment_overdue')
];
const CATEGORIES = [null, null, null, null, 'bronze', 'bronze', 'bronze', 'silver', 'silver', 'gold'];

const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

function word(r: Rng): string {
	let w = '';
	const n = 2 + int(r, 2);
	for (let i = 0; i < n; i++) w += pick(r, SYLLABLES);
	return capitalise(w);
}

function digits(r: Rng, n: number): string {
	let s = '';
	for (let i = 0; i < n; i++) s += String(int(r, 10));
	return s;
}

function phone(r: Rng, prefix: string): string {
	// E.164 of the right length for the country (FR: 11 digits after +, DZ 12, BE 10, CH 11, NANP 11)
	const total = prefix.startsWith('+213') ? 13 : prefix.startsWith('+32') ? 11 : 12;
	return prefix + digits(r, total - prefix.length);
}

const slug = (s: string) =>
	s.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

export interface OrgProps {
	name: string;
	kind: 'company' | 'individual';
	category: string | null;
	status: string;
	managed: boolean;
	phones: string[];
	emails: string[];
	street: string | null;
	postcode: string | null;
	city: string | null;
	country: string | null;
	landmarks: string | null;
	comments: string | null;
}

export function organisation(r: Rng, name?: string): OrgProps {
	const place = pick(r, CITIES);
	const individual = chance(r, 0.1);
	const base = individual
		? `${pick(r, FIRST_NAMES)} ${pick(r, LAST_NAMES)}`
		: [pick(r, ORG_FORMS), word(r), pick(r, ORG_SUFFIXES)].filter(Boolean).join(' ');
	const n = name ?? base;
	const phones = chance(r, 0.75) ? [phone(r, place.prefix)] : [];
	if (phones.length && chance(r, 0.3)) phones.push(phone(r, place.prefix));
	return {
		name: n,
		kind: individual ? 'individual' : 'company',
		category: pick(r, CATEGORIES),
		status: pick(r, STATUSES),
		managed: false,
		phones,
		emails: chance(r, 0.6) ? [`contact@${slug(n).slice(0, 30) || 'org'}.example`] : [],
		street: chance(r, 0.7) ? `${1 + int(r, 200)} rue ${word(r)}` : null,
		postcode: place.postcode,
		city: place.city,
		country: place.country,
		landmarks: null,
		comments: chance(r, 0.2) ? 'Synthetic organisation for benchmarks.' : null
	};
}

export interface ContactProps {
	firstName: string | null;
	lastName: string;
	name: string;
	position: string | null;
	phones: string[];
	emails: string[];
	comments: string | null;
}

export function contact(r: Rng): ContactProps {
	const firstName = chance(r, 0.95) ? pick(r, FIRST_NAMES) : null;
	const lastName = chance(r, 0.7) ? pick(r, LAST_NAMES) : word(r);
	const name = [firstName, lastName].filter(Boolean).join(' ');
	return {
		firstName,
		lastName,
		name,
		position: pick(r, POSITIONS),
		phones: chance(r, 0.7) ? [phone(r, '+336')] : [],
		emails: chance(r, 0.6) ? [`${slug(name).slice(0, 30) || 'contact'}.${digits(r, 4)}@mail.example`] : [],
		comments: null
	};
}
