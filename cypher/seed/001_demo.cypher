// Demo data for the graph CRM (Neo4j 5.26, no APOC, no parameters).
// Loaded only into an EMPTY database: plain CREATE, no MERGE.
// Statements end with ';' at the end of a line; lines starting with '//' are comments.
// Phones are E.164 and valid per libphonenumber-js (checked by tests/unit/seed-data.test.ts).
// Numbers are fictional; where a range reserved for fiction exists and libphonenumber-js accepts it,
// it is used (FR 01 99 00, 02 61 91, 03 53 01, 04 65 71, 05 36 49; UK 020 7946 0, 0161 496 0; NANP 555-01xx).
// Fictional companies; no relation between organisations is created here except employment.

// Founding example (Creme CRM article): A = Azur Fontaine (our company), B = Boréal Distribution (customer), C = Cristal Café (prospect), D = Delta Sources (competitor)
UNWIND [
  {name: 'Azur Fontaine', kind: 'company', category: null, status: 'active', managed: true, phones: ['+33465712030', '+33442186390', '+33612487305'], emails: ['contact@azur-fontaine.fr', 'commandes@azur-fontaine.fr'], street: 'ZI Les Paluds, 210 avenue des Templiers', postcode: '13400', city: 'Aubagne', country: 'FR', landmarks: 'Entrée poids lourds par la rue de la Source, quai de chargement n°3', comments: "Notre société : production et distribution de bonbonnes d'eau (11 L et 19 L) et de fontaines à eau."},
  {name: 'Boréal Distribution', kind: 'company', category: 'gold', status: 'active', managed: false, phones: ['+33472734118', '+33684271593'], emails: ['achats@boreal-distribution.fr'], street: '27 avenue Tony Garnier', postcode: '69007', city: 'Lyon', country: 'FR', landmarks: 'Entrepôt au fond de la cour, sonner au portail gris', comments: "Distributeur régional Auvergne-Rhône-Alpes ; commande mensuelle d'environ 400 bonbonnes."},
  {name: 'Cristal Café', kind: 'company', category: null, status: 'active', managed: false, phones: ['+33143576214'], emails: ['bonjour@cristal-cafe.fr'], street: '58 rue Oberkampf', postcode: '75011', city: 'Paris', country: 'FR', landmarks: null, comments: 'Petite chaîne de 3 cafés parisiens ; intéressée par des fontaines raccordées au réseau.'},
  {name: 'Delta Sources', kind: 'company', category: null, status: 'active', managed: false, phones: ['+33536491180', '+33561473206'], emails: ['info@delta-sources.fr'], street: '9 chemin de la Loge', postcode: '31400', city: 'Toulouse', country: 'FR', landmarks: null, comments: 'Embouteilleur régional : eau de source en bonbonnes, location de fontaines.'}
] AS row
CREATE (:Entity:Organisation {
  id: randomUUID(), name: row.name, kind: row.kind, category: row.category, status: row.status,
  phones: row.phones, emails: row.emails,
  street: row.street, postcode: row.postcode, city: row.city, country: row.country,
  landmarks: row.landmarks, comments: row.comments, managed: row.managed,
  createdAt: datetime(), updatedAt: datetime(), ownerId: null, deletedAt: null
});

// Organisations: France
UNWIND [
  {name: 'Café des Platanes', kind: 'company', category: 'silver', status: 'active', managed: false, phones: ['+33556442137', '+33671325840'], emails: ['contact@cafedesplatanes.fr'], street: '12 place du Parlement', postcode: '33000', city: 'Bordeaux', country: 'FR', landmarks: null, comments: 'livraison le mardi uniquement'},
  {name: 'Hôtel Les Tilleuls', kind: 'company', category: 'gold', status: 'active', managed: false, phones: ['+33450452781', '+33450519012'], emails: ['reception@hotel-lestilleuls.fr', 'compta@hotel-lestilleuls.fr'], street: '3 rue Royale', postcode: '74000', city: 'Annecy', country: 'FR', landmarks: "Livraisons par l'entrée de service, rue du Lac", comments: 'demande une facture mensuelle'},
  {name: 'Cabinet Moreau & Associés', kind: 'company', category: 'silver', status: 'active', managed: false, phones: ['+33199004127', '+33145631872'], emails: ['accueil@moreau-associes.fr'], street: '45 rue de Courcelles', postcode: '75008', city: 'Paris', country: 'FR', landmarks: '2e étage, porte gauche', comments: "Cabinet d'expertise comptable, 25 postes. Demande une facture mensuelle."},
  {name: 'Clinique du Parc Saint-Loup', kind: 'company', category: 'gold', status: 'active', managed: false, phones: ['+33491446021', '+33491446022', '+33624815793'], emails: ['services.generaux@clinique-parcsaintloup.fr'], street: '118 boulevard de la Pugette', postcode: '13010', city: 'Marseille', country: 'FR', landmarks: 'Bâtiment B, livraison par le quai arrière', comments: "12 fontaines réparties sur 3 étages ; contrat d'entretien trimestriel."},
  {name: 'École Jeanne-Barret', kind: 'company', category: 'bronze', status: 'active', managed: false, phones: ['+33261913305'], emails: ['secretariat@ecole-jeannebarret.fr'], street: '7 rue de Richebourg', postcode: '44000', city: 'Nantes', country: 'FR', landmarks: null, comments: 'Fermée pendant les vacances scolaires : suspendre les livraisons.'},
  {name: "Restaurant L'Olivier Bleu", kind: 'company', category: 'silver', status: 'active', managed: false, phones: ['+33493624815', '+33781362294'], emails: ['olivierbleu.nice@gmail.com'], street: '21 rue de la Préfecture', postcode: '06300', city: 'Nice', country: 'FR', landmarks: 'Vieux-Nice, livraison avant 10 h (rue piétonne)', comments: null},
  {name: 'Énergie Plus Fitness', kind: 'company', category: 'bronze', status: 'payment_overdue', managed: false, phones: ['+33320571468', '+33658932041'], emails: ['lille@energieplus-fitness.fr'], street: '84 rue Nationale', postcode: '59000', city: 'Lille', country: 'FR', landmarks: null, comments: 'Deux factures impayées (mars et avril), relance envoyée.'},
  {name: 'Dumas Immobilier', kind: 'company', category: 'bronze', status: 'active', managed: false, phones: ['+33467582193'], emails: ['agence@dumas-immobilier.fr'], street: '16 boulevard du Jeu de Paume', postcode: '34000', city: 'Montpellier', country: 'FR', landmarks: null, comments: null},
  {name: 'Centre social Les Capucins', kind: 'company', category: null, status: 'dormant', managed: false, phones: ['+33241735510'], emails: [], street: '4 place Ney', postcode: '49100', city: 'Angers', country: 'FR', landmarks: 'Entrée par la cour, à côté de la halte-garderie', comments: 'Plus de commande depuis la fin de la subvention municipale.'},
  {name: 'Garage Lefèvre Automobiles', kind: 'company', category: 'bronze', status: 'active', managed: false, phones: ['+33299316427', '+33637528416'], emails: ['garage.lefevre@orange.fr'], street: '52 route de Lorient', postcode: '35000', city: 'Rennes', country: 'FR', landmarks: null, comments: null},
  {name: 'Laboratoire Biolys', kind: 'company', category: 'silver', status: 'active', managed: false, phones: ['+33353012740', '+33388613905'], emails: ['logistique@biolys-labo.fr', 'factures@biolys-labo.fr'], street: '11 rue du Faubourg National', postcode: '67000', city: 'Strasbourg', country: 'FR', landmarks: 'Sous-sol, quai de livraison n°2', comments: 'Bon de commande obligatoire sur chaque facture.'},
  {name: 'La Ruche Verte Coworking', kind: 'company', category: 'silver', status: 'active', managed: false, phones: ['+33972145830', '+33768412957'], emails: ['hello@laruche-verte.fr'], street: '35 rue du Faubourg Saint-Denis', postcode: '75010', city: 'Paris', country: 'FR', landmarks: 'Au fond de la cour, 1er étage', comments: null},
  {name: 'Pharmacie des Arcades', kind: 'company', category: null, status: 'dormant', managed: false, phones: ['+33561214873'], emails: [], street: '6 place du Capitole', postcode: '31000', city: 'Toulouse', country: 'FR', landmarks: 'Sous les arcades', comments: null},
  {name: 'Crèche Les Petits Mousses', kind: 'company', category: 'bronze', status: 'active', managed: false, phones: ['+33298431762'], emails: ['direction@petitsmousses-brest.fr'], street: '19 rue de Siam', postcode: '29200', city: 'Brest', country: 'FR', landmarks: null, comments: 'Bonbonnes de 11 L uniquement (manipulation par le personnel).'},
  {name: 'Résidence Les Glycines', kind: 'company', category: 'gold', status: 'active', managed: false, phones: ['+33442269137', '+33442269138'], emails: ['accueil@residence-lesglycines.fr', 'intendance@residence-lesglycines.fr'], street: '27 avenue des Belges', postcode: '13100', city: 'Aix-en-Provence', country: 'FR', landmarks: null, comments: 'Résidence seniors, 80 logements ; livraison le lundi et le jeudi.'},
  {name: 'Transports Girard & Fils', kind: 'company', category: 'silver', status: 'suspended', managed: false, phones: ['+33238627514', '+33683146207'], emails: ['exploitation@girard-transports.fr'], street: '230 rue de Bourgogne', postcode: '45000', city: 'Orléans', country: 'FR', landmarks: null, comments: 'Compte suspendu : litige sur la consigne de 40 bonbonnes non restituées.'},
  {name: 'Hôtel Le Relais du Vieux-Port', kind: 'company', category: 'silver', status: 'payment_overdue', managed: false, phones: ['+33491902753'], emails: ['direction@relais-vieuxport.fr'], street: '8 quai du Port', postcode: '13002', city: 'Marseille', country: 'FR', landmarks: null, comments: 'Facture de janvier impayée ; livrer contre paiement comptant.'},
  {name: 'Fit Nation Cergy', kind: 'company', category: 'bronze', status: 'active', managed: false, phones: ['+33130324891', '+33753268014'], emails: ['cergy@fitnation-club.fr'], street: '3 rue des Chauffours', postcode: '95000', city: 'Cergy', country: 'FR', landmarks: 'Centre commercial, niveau -1, près des ascenseurs', comments: null},
  {name: 'Cabinet dentaire du Dr Perrin', kind: 'company', category: 'bronze', status: 'active', managed: false, phones: ['+33380305284'], emails: ['secretariat.drperrin@orange.fr'], street: '14 rue de la Liberté', postcode: '21000', city: 'Dijon', country: 'FR', landmarks: '1er étage, interphone « Cabinet dentaire »', comments: null},
  {name: 'Jean-Pierre Lambert', kind: 'individual', category: null, status: 'active', managed: false, phones: ['+33647218536', '+33139506217'], emails: ['jp.lambert78@orange.fr'], street: '12 rue de la Paroisse', postcode: '78000', city: 'Versailles', country: 'FR', landmarks: 'Code portail 4521B', comments: 'Particulier : 2 bonbonnes par mois, paiement par chèque.'},
  {name: 'Sophie Marchand', kind: 'individual', category: 'bronze', status: 'active', managed: false, phones: ['+33782641953'], emails: ['sophie.marchand@gmail.com'], street: '41 cours Gambetta', postcode: '69003', city: 'Lyon', country: 'FR', landmarks: '4e étage sans ascenseur', comments: 'livraison le samedi matin uniquement'},
  {name: 'Nathalie Roux', kind: 'individual', category: null, status: 'dormant', managed: false, phones: ['+33695384172'], emails: [], street: '5 traverse des Lauriers', postcode: '13008', city: 'Marseille', country: 'FR', landmarks: null, comments: null}
] AS row
CREATE (:Entity:Organisation {
  id: randomUUID(), name: row.name, kind: row.kind, category: row.category, status: row.status,
  phones: row.phones, emails: row.emails,
  street: row.street, postcode: row.postcode, city: row.city, country: row.country,
  landmarks: row.landmarks, comments: row.comments, managed: row.managed,
  createdAt: datetime(), updatedAt: datetime(), ownerId: null, deletedAt: null
});

// Organisations: Algeria
UNWIND [
  {name: "Hôtel Les Oliviers d'Hydra", kind: 'company', category: 'gold', status: 'active', managed: false, phones: ['+21323486215', '+21323486216', '+213661423785'], emails: ['reservation@hotel-oliviers.dz', 'economat@hotel-oliviers.dz'], street: '14 chemin Mohamed Gacem', postcode: '16035', city: 'Hydra', country: 'DZ', landmarks: 'Près du rond-point de Hydra, en face de la pharmacie de garde', comments: 'demande une facture mensuelle'},
  {name: 'Café El Bahdja', kind: 'company', category: 'bronze', status: 'active', managed: false, phones: ['+21321734518', '+213550278461'], emails: [], street: "5 rue Larbi Ben M'hidi", postcode: '16000', city: 'Alger', country: 'DZ', landmarks: 'en face de la grande poste', comments: 'livraison le mardi uniquement'},
  {name: 'Clinique Ennakhil', kind: 'company', category: 'gold', status: 'active', managed: false, phones: ['+21323921740', '+21323921741', '+213770315824'], emails: ['moyens.generaux@clinique-ennakhil.dz'], street: 'Cité 5 Juillet, lot n°12', postcode: '16311', city: 'Bab Ezzouar', country: 'DZ', landmarks: 'Derrière le centre commercial, à côté de la mosquée', comments: 'Paiement par virement à 30 jours.'},
  {name: 'École privée Les Jasmins', kind: 'company', category: 'silver', status: 'active', managed: false, phones: ['+21323275803', '+213560841297'], emails: ['direction@ecole-lesjasmins.dz'], street: 'Route de Ouled Fayet, villa n°7', postcode: '16014', city: 'Chéraga', country: 'DZ', landmarks: 'À 200 m après la station-service, portail vert', comments: 'Fermée en juillet et août.'},
  {name: 'Ministère de la Formation professionnelle – Annexe de Ben Aknoun', kind: 'company', category: 'gold', status: 'active', managed: false, phones: ['+21323234170', '+21323234175'], emails: ['dmg.annexe@mfep-demo.dz'], street: 'Route nationale n°36', postcode: '16306', city: 'Ben Aknoun', country: 'DZ', landmarks: 'Bâtiment C, entrée par le poste de garde, se présenter avec le bon de commande', comments: 'Paiement sur bon de commande administratif, délai 60 jours.'},
  {name: 'Restaurant Le Sahel', kind: 'company', category: 'silver', status: 'active', managed: false, phones: ['+21341392784', '+213661852043'], emails: ['restaurant.lesahel@gmail.com'], street: '22 boulevard de la Soummam', postcode: '31000', city: 'Oran', country: 'DZ', landmarks: 'Front de mer, à côté de la banque, au-dessus du parking', comments: null},
  {name: 'Atlas Gym Constantine', kind: 'company', category: 'bronze', status: 'active', managed: false, phones: ['+21331618429', '+213775421638'], emails: [], street: 'Cité Daksi, bloc 14', postcode: '25000', city: 'Constantine', country: 'DZ', landmarks: "Au-dessus de la supérette, à côté de l'arrêt de bus", comments: null},
  {name: "Cabinet d'avocats Benali", kind: 'company', category: 'bronze', status: 'active', managed: false, phones: ['+21321635271', '+213555187246'], emails: ['cabinet.benali@avocats-demo.dz'], street: '38 rue Didouche Mourad', postcode: '16000', city: 'Alger', country: 'DZ', landmarks: 'Immeuble à côté de la librairie, 3e étage, porte droite', comments: null},
  {name: 'SARL Amir Import-Export', kind: 'company', category: 'silver', status: 'active', managed: false, phones: ['+21338864512', '+213662371954'], emails: ['contact@amir-importexport.dz', 'compta@amir-importexport.dz'], street: "Zone d'activités El Bouni, lot 23", postcode: '23000', city: 'Annaba', country: 'DZ', landmarks: 'Hangar bleu en face de la station de lavage', comments: null},
  {name: 'Hamdi & Frères BTP', kind: 'company', category: 'bronze', status: 'suspended', managed: false, phones: ['+21325417326', '+213771562893'], emails: ['hamdi.btp@gmail.com'], street: 'Route de Chréa, n°4', postcode: '09000', city: 'Blida', country: 'DZ', landmarks: 'Base vie du chantier, derrière la gare routière', comments: 'Suspendu : chantier arrêté, 25 bonbonnes à récupérer.'},
  {name: 'Pharmacie Ennour', kind: 'company', category: null, status: 'active', managed: false, phones: ['+21336842157'], emails: [], street: '10 avenue du 8 Mai 1945', postcode: '19000', city: 'Sétif', country: 'DZ', landmarks: "En face de l'hôpital, à côté de la boulangerie", comments: null},
  {name: 'Crèche Les Petites Étoiles', kind: 'company', category: 'bronze', status: 'active', managed: false, phones: ['+21323381496', '+213552634108'], emails: ['creche.petitesetoiles@gmail.com'], street: '17 chemin Beau Séjour', postcode: '16030', city: 'El Biar', country: 'DZ', landmarks: 'Villa avec portail jaune, après le lycée', comments: null},
  {name: 'Tassili Évasion Voyages', kind: 'company', category: 'bronze', status: 'dormant', managed: false, phones: ['+21321742863'], emails: ['agence@tassili-evasion.dz'], street: '9 boulevard Khemisti', postcode: '16000', city: 'Alger', country: 'DZ', landmarks: 'Rez-de-chaussée, à côté du café', comments: null},
  {name: 'Cabinet dentaire Dr Meziane', kind: 'company', category: 'bronze', status: 'active', managed: false, phones: ['+21326214783', '+213665723140'], emails: [], street: 'Nouvelle ville, bloc 62', postcode: '15000', city: 'Tizi Ouzou', country: 'DZ', landmarks: '2e étage, au-dessus de la pharmacie, en face du stade', comments: null},
  {name: 'Hôtel Saphir Béjaïa', kind: 'company', category: 'silver', status: 'active', managed: false, phones: ['+21334216847', '+213770842561'], emails: ['reception@hotel-saphir.dz'], street: 'Boulevard Krim Belkacem', postcode: '06000', city: 'Béjaïa', country: 'DZ', landmarks: 'En bord de mer, à côté du port de plaisance', comments: null},
  {name: 'Pâtisserie El Andalous', kind: 'company', category: null, status: 'active', managed: false, phones: ['+21343271458'], emails: [], street: '3 rue de Mascara', postcode: '13000', city: 'Tlemcen', country: 'DZ', landmarks: 'Près de la grande mosquée, dans la ruelle derrière le marché couvert', comments: 'Paiement en espèces à la livraison.'},
  {name: 'Centre de formation Numidia Skills', kind: 'company', category: 'bronze', status: 'payment_overdue', managed: false, phones: ['+21341583620', '+213558412739'], emails: ['contact@numidia-skills.dz'], street: 'Cité Usto, immeuble 8', postcode: '31000', city: 'Oran', country: 'DZ', landmarks: "1er étage, au-dessus de l'auto-école", comments: 'Trois mois de retard de paiement ; ne plus livrer avant régularisation.'},
  {name: 'Karim Bouzid', kind: 'individual', category: null, status: 'active', managed: false, phones: ['+213661275483'], emails: ['karim.bouzid@yahoo.fr'], street: 'Cité 200 logements, bâtiment 12', postcode: '16120', city: 'Bordj El Kiffan', country: 'DZ', landmarks: "4e étage, porte gauche, en face de l'école primaire", comments: 'Particulier, 1 bonbonne par semaine.'},
  {name: 'Amina Khelifi', kind: 'individual', category: 'bronze', status: 'active', managed: false, phones: ['+213554913672', '+21331924516'], emails: [], street: 'Cité Boussouf, bâtiment 7', postcode: '25000', city: 'Constantine', country: 'DZ', landmarks: 'Derrière la polyclinique, 2e étage', comments: 'Appeler avant de livrer.'}
] AS row
CREATE (:Entity:Organisation {
  id: randomUUID(), name: row.name, kind: row.kind, category: row.category, status: row.status,
  phones: row.phones, emails: row.emails,
  street: row.street, postcode: row.postcode, city: row.city, country: row.country,
  landmarks: row.landmarks, comments: row.comments, managed: row.managed,
  createdAt: datetime(), updatedAt: datetime(), ownerId: null, deletedAt: null
});

// Organisations: Morocco, Tunisia, Belgium, Switzerland, United Kingdom, Germany, United States, Canada
UNWIND [
  {name: 'Riad Dar Zitoun', kind: 'company', category: 'silver', status: 'active', managed: false, phones: ['+212524385127', '+212661482793'], emails: ['contact@riad-darzitoun.ma'], street: '47 derb Sidi Bouloukat', postcode: '40000', city: 'Marrakech', country: 'MA', landmarks: 'Médina, à 5 minutes de la place Jemaa el-Fna, porte en bois sculpté', comments: null},
  {name: 'Café Atlas Maârif', kind: 'company', category: 'bronze', status: 'active', managed: false, phones: ['+212522984163'], emails: [], street: '112 boulevard Zerktouni', postcode: '20330', city: 'Casablanca', country: 'MA', landmarks: null, comments: null},
  {name: 'Cabinet médical Dr Alaoui', kind: 'company', category: null, status: 'dormant', managed: false, phones: ['+212537728415', '+212612478329'], emails: ['cabinet.alaoui@gmail.com'], street: '5 avenue Fal Ould Oumeir, Agdal', postcode: '10090', city: 'Rabat', country: 'MA', landmarks: null, comments: null},
  {name: 'Hôtel Les Dunes de Carthage', kind: 'company', category: 'gold', status: 'active', managed: false, phones: ['+21671734562', '+21698412375'], emails: ['reservation@dunes-carthage.tn'], street: 'Avenue de la République', postcode: '2016', city: 'Carthage', country: 'TN', landmarks: 'Face à la gare TGM de Carthage Hannibal', comments: null},
  {name: 'Sfax Bureautique', kind: 'company', category: 'bronze', status: 'active', managed: false, phones: ['+21674298341', '+21622417638'], emails: ['commercial@sfax-bureautique.tn'], street: 'Route de Tunis km 3', postcode: '3000', city: 'Sfax', country: 'TN', landmarks: null, comments: null},
  {name: 'Van Damme & Peeters Ingénieurs', kind: 'company', category: 'silver', status: 'active', managed: false, phones: ['+3226473815', '+32476284195'], emails: ['office@vandamme-peeters.be'], street: 'Avenue Louise 231', postcode: '1050', city: 'Bruxelles', country: 'BE', landmarks: '5e étage', comments: null},
  {name: 'Centre médical de la Meuse', kind: 'company', category: 'bronze', status: 'active', managed: false, phones: ['+3242235718'], emails: ['accueil@cm-meuse.be'], street: 'Quai de Rome 42', postcode: '4000', city: 'Liège', country: 'BE', landmarks: null, comments: null},
  {name: 'Fiduciaire Rochat SA', kind: 'company', category: 'silver', status: 'active', managed: false, phones: ['+41213124785', '+41795482137'], emails: ['info@fiduciaire-rochat.ch'], street: 'Rue du Grand-Chêne 8', postcode: '1003', city: 'Lausanne', country: 'CH', landmarks: null, comments: 'Facturation en CHF.'},
  {name: 'Hôtel du Léman Bleu', kind: 'company', category: 'gold', status: 'active', managed: false, phones: ['+41227316248'], emails: ['reception@lemanbleu-hotel.ch', 'achats@lemanbleu-hotel.ch'], street: 'Rue de Lausanne 36', postcode: '1201', city: 'Genève', country: 'CH', landmarks: null, comments: null},
  {name: 'Thames Office Supplies Ltd', kind: 'company', category: 'silver', status: 'active', managed: false, phones: ['+442079460418', '+447912458306'], emails: ['orders@thames-office.co.uk'], street: '14 Clerkenwell Road', postcode: 'EC1M 5PA', city: 'London', country: 'GB', landmarks: null, comments: 'Invoices in GBP, purchase order number required.'},
  {name: 'Northern Quarter Fitness', kind: 'company', category: 'bronze', status: 'suspended', managed: false, phones: ['+441614960725'], emails: ['hello@nq-fitness.co.uk'], street: '27 Oldham Street', postcode: 'M1 1JG', city: 'Manchester', country: 'GB', landmarks: null, comments: 'Account on hold: premises under renovation.'},
  {name: 'Hotel Rheinblick GmbH', kind: 'company', category: 'silver', status: 'active', managed: false, phones: ['+4922147831560', '+4915128473916'], emails: ['empfang@hotel-rheinblick.de'], street: 'Frankenwerft 19', postcode: '50667', city: 'Köln', country: 'DE', landmarks: null, comments: null},
  {name: 'Brooklyn Loft Coworking LLC', kind: 'company', category: null, status: 'active', managed: false, phones: ['+17185550147', '+19175550183'], emails: ['frontdesk@brooklynloft-cowork.com'], street: '145 Front Street', postcode: '11201', city: 'Brooklyn', country: 'US', landmarks: '3rd floor, ring the buzzer "Loft"', comments: null},
  {name: 'Clinique dentaire Plateau-Mont-Royal', kind: 'company', category: 'bronze', status: 'active', managed: false, phones: ['+15145550129'], emails: ['rendezvous@cd-plateau.ca'], street: '4521 rue Saint-Denis', postcode: 'H2J 2L4', city: 'Montréal', country: 'CA', landmarks: null, comments: null}
] AS row
CREATE (:Entity:Organisation {
  id: randomUUID(), name: row.name, kind: row.kind, category: row.category, status: row.status,
  phones: row.phones, emails: row.emails,
  street: row.street, postcode: row.postcode, city: row.city, country: row.country,
  landmarks: row.landmarks, comments: row.comments, managed: row.managed,
  createdAt: datetime(), updatedAt: datetime(), ownerId: null, deletedAt: null
});

// Contacts: Azur Fontaine staff and founding example
UNWIND [
  {org: 'Azur Fontaine', firstName: 'Julien', lastName: 'Mercier', position: 'Directeur commercial', phones: ['+33622814735', '+33442186391'], emails: ['julien.mercier@azur-fontaine.fr'], comments: null},
  {org: 'Azur Fontaine', firstName: 'Samira', lastName: 'Haddad', position: "Superviseure du centre d'appels", phones: ['+33442186395', '+33761382490'], emails: ['samira.haddad@azur-fontaine.fr'], comments: null},
  {org: 'Azur Fontaine', firstName: 'Thomas', lastName: 'Giraud', position: 'Commercial terrain', phones: ['+33641732856'], emails: ['thomas.giraud@azur-fontaine.fr'], comments: "Secteur Provence et Côte d'Azur."},
  {org: 'Azur Fontaine', firstName: 'Yacine', lastName: 'Brahimi', position: 'Commercial export Maghreb', phones: ['+33652198437', '+213661385274'], emails: ['yacine.brahimi@azur-fontaine.fr'], comments: 'Basé une semaine par mois à Alger.'},
  {org: 'Azur Fontaine', firstName: 'Léa', lastName: 'Fabre', position: 'Téléconseillère', phones: ['+33442186396'], emails: ['lea.fabre@azur-fontaine.fr'], comments: null},
  {org: 'Boréal Distribution', firstName: 'Marc', lastName: 'Delorme', position: 'Gérant', phones: ['+33684271594', '+33472734110'], emails: ['m.delorme@boreal-distribution.fr'], comments: null},
  {org: 'Boréal Distribution', firstName: 'Céline', lastName: 'Vidal', position: 'Responsable achats', phones: ['+33472734112'], emails: ['c.vidal@boreal-distribution.fr'], comments: 'Préfère être contactée par e-mail.'},
  {org: 'Cristal Café', firstName: 'Hugo', lastName: 'Lemaire', position: 'Co-fondateur', phones: ['+33675143982'], emails: ['hugo@cristal-cafe.fr'], comments: 'Rencontré au salon Sirha.'},
  {org: 'Cristal Café', firstName: 'Inès', lastName: 'Barbier', position: 'Office manager', phones: ['+33143576215'], emails: ['ines@cristal-cafe.fr'], comments: null},
  {org: 'Delta Sources', firstName: 'Patrick', lastName: 'Soulier', position: 'Directeur des ventes', phones: ['+33619475280'], emails: ['p.soulier@delta-sources.fr'], comments: null}
] AS row
MATCH (o:Organisation {name: row.org})
CREATE (c:Entity:Contact {
  id: randomUUID(), firstName: row.firstName, lastName: row.lastName, name: row.firstName + ' ' + row.lastName,
  position: row.position, phones: row.phones, emails: row.emails, comments: row.comments,
  createdAt: datetime(), updatedAt: datetime(), ownerId: null, deletedAt: null
})
CREATE (c)-[:IS_EMPLOYEE_OF {id: randomUUID(), createdAt: datetime(), createdBy: 'seed'}]->(o);

// Contacts: France
UNWIND [
  {org: 'Café des Platanes', firstName: 'Antoine', lastName: 'Castaing', position: 'Gérant', phones: ['+33671325841'], emails: ['antoine@cafedesplatanes.fr'], comments: null},
  {org: 'Hôtel Les Tilleuls', firstName: 'Claire', lastName: 'Dupuis', position: 'Directrice', phones: ['+33450452780', '+33633478125'], emails: ['c.dupuis@hotel-lestilleuls.fr'], comments: null},
  {org: 'Hôtel Les Tilleuls', firstName: 'Romain', lastName: 'Perret', position: 'Chef de réception', phones: ['+33450452781'], emails: ['reception@hotel-lestilleuls.fr'], comments: null},
  {org: 'Hôtel Les Tilleuls', firstName: 'Valérie', lastName: 'Cochet', position: 'Comptable', phones: ['+33450519012'], emails: ['compta@hotel-lestilleuls.fr'], comments: null},
  {org: 'Cabinet Moreau & Associés', firstName: 'Isabelle', lastName: 'Moreau', position: 'Associée gérante', phones: ['+33199004120'], emails: ['i.moreau@moreau-associes.fr'], comments: null},
  {org: 'Cabinet Moreau & Associés', firstName: 'Kevin', lastName: 'Nguyen', position: 'Office manager', phones: ['+33199004127', '+33766281347'], emails: ['k.nguyen@moreau-associes.fr'], comments: null},
  {org: 'Clinique du Parc Saint-Loup', firstName: 'Frédéric', lastName: 'Bianchi', position: 'Responsable des services généraux', phones: ['+33491446025', '+33624815794'], emails: ['f.bianchi@clinique-parcsaintloup.fr'], comments: null},
  {org: 'Clinique du Parc Saint-Loup', firstName: 'Nadia', lastName: 'Benhamou', position: 'DAF', phones: ['+33491446030'], emails: ['n.benhamou@clinique-parcsaintloup.fr'], comments: 'Valide les contrats au-delà de 5 000 €.'},
  {org: 'École Jeanne-Barret', firstName: 'Martine', lastName: 'Le Goff', position: 'Secrétaire', phones: ['+33261913305'], emails: ['secretariat@ecole-jeannebarret.fr'], comments: null},
  {org: "Restaurant L'Olivier Bleu", firstName: 'Marco', lastName: 'Ferrero', position: 'Chef et gérant', phones: ['+33781362294'], emails: ['olivierbleu.nice@gmail.com'], comments: 'Joignable uniquement entre 15 h et 18 h.'},
  {org: 'Énergie Plus Fitness', firstName: 'Dylan', lastName: 'Lefort', position: 'Responsable de salle', phones: ['+33658932041'], emails: ['dylan.lefort@energieplus-fitness.fr'], comments: null},
  {org: 'Dumas Immobilier', firstName: 'Stéphane', lastName: 'Dumas', position: 'Gérant', phones: ['+33467582190', '+33612953748'], emails: ['stephane@dumas-immobilier.fr'], comments: null},
  {org: 'Garage Lefèvre Automobiles', firstName: 'Bruno', lastName: 'Lefèvre', position: 'Gérant', phones: ['+33637528416'], emails: ['garage.lefevre@orange.fr'], comments: null},
  {org: 'Laboratoire Biolys', firstName: 'Aurélie', lastName: 'Schmitt', position: 'Responsable achats', phones: ['+33388613907'], emails: ['a.schmitt@biolys-labo.fr'], comments: null},
  {org: 'Laboratoire Biolys', firstName: 'Christophe', lastName: 'Weber', position: 'Responsable logistique', phones: ['+33353012741', '+33689241573'], emails: ['c.weber@biolys-labo.fr'], comments: null},
  {org: 'La Ruche Verte Coworking', firstName: 'Camille', lastName: 'Rousseau', position: 'Community manager', phones: ['+33768412957'], emails: ['camille@laruche-verte.fr'], comments: null},
  {org: 'Crèche Les Petits Mousses', firstName: 'Gwenaëlle', lastName: 'Kerbrat', position: 'Directrice', phones: ['+33298431762', '+33662843105'], emails: ['direction@petitsmousses-brest.fr'], comments: null},
  {org: 'Résidence Les Glycines', firstName: 'Philippe', lastName: 'Arnaud', position: 'Intendant', phones: ['+33442269138', '+33631578246'], emails: ['intendance@residence-lesglycines.fr'], comments: null},
  {org: 'Résidence Les Glycines', firstName: 'Sandrine', lastName: 'Blanc', position: 'Directrice', phones: ['+33442269130'], emails: ['direction@residence-lesglycines.fr'], comments: null},
  {org: 'Transports Girard & Fils', firstName: 'Alain', lastName: 'Girard', position: 'PDG', phones: ['+33683146207'], emails: ['a.girard@girard-transports.fr'], comments: null},
  {org: 'Hôtel Le Relais du Vieux-Port', firstName: 'Olivier', lastName: 'Santini', position: 'Directeur', phones: ['+33491902750', '+33627481963'], emails: ['direction@relais-vieuxport.fr'], comments: null},
  {org: 'Fit Nation Cergy', firstName: 'Mehdi', lastName: 'Zerrouki', position: 'Manager du club', phones: ['+33753268014'], emails: ['mehdi.z@fitnation-club.fr'], comments: null},
  {org: 'Cabinet dentaire du Dr Perrin', firstName: 'Élodie', lastName: 'Perrin', position: 'Chirurgien-dentiste', phones: ['+33380305284'], emails: ['secretariat.drperrin@orange.fr'], comments: null}
] AS row
MATCH (o:Organisation {name: row.org})
CREATE (c:Entity:Contact {
  id: randomUUID(), firstName: row.firstName, lastName: row.lastName, name: row.firstName + ' ' + row.lastName,
  position: row.position, phones: row.phones, emails: row.emails, comments: row.comments,
  createdAt: datetime(), updatedAt: datetime(), ownerId: null, deletedAt: null
})
CREATE (c)-[:IS_EMPLOYEE_OF {id: randomUUID(), createdAt: datetime(), createdBy: 'seed'}]->(o);

// Contacts: Algeria
UNWIND [
  {org: "Hôtel Les Oliviers d'Hydra", firstName: 'Rachid', lastName: 'Belkacem', position: 'Directeur général', phones: ['+213661423785', '+21323486210'], emails: ['r.belkacem@hotel-oliviers.dz'], comments: null},
  {org: "Hôtel Les Oliviers d'Hydra", firstName: 'Lynda', lastName: 'Ait Ahmed', position: 'Économe', phones: ['+21323486216', '+213550731842'], emails: ['economat@hotel-oliviers.dz'], comments: 'Passe les commandes le dimanche.'},
  {org: 'Café El Bahdja', firstName: 'Mourad', lastName: 'Saadi', position: 'Gérant', phones: ['+213550278461'], emails: [], comments: null},
  {org: 'Clinique Ennakhil', firstName: 'Farid', lastName: 'Mansouri', position: 'Responsable des moyens généraux', phones: ['+213770315824', '+21323921745'], emails: ['f.mansouri@clinique-ennakhil.dz'], comments: null},
  {org: 'Clinique Ennakhil', firstName: 'Houria', lastName: 'Djebbar', position: 'Secrétaire de direction', phones: ['+21323921740'], emails: ['direction@clinique-ennakhil.dz'], comments: null},
  {org: 'École privée Les Jasmins', firstName: 'Nassima', lastName: 'Cherif', position: 'Directrice', phones: ['+213560841297'], emails: ['direction@ecole-lesjasmins.dz'], comments: null},
  {org: 'Ministère de la Formation professionnelle – Annexe de Ben Aknoun', firstName: 'Abdelkader', lastName: 'Bensalem', position: 'Sous-directeur des moyens généraux', phones: ['+21323234172'], emails: ['dmg.annexe@mfep-demo.dz'], comments: null},
  {org: 'Ministère de la Formation professionnelle – Annexe de Ben Aknoun', firstName: 'Samia', lastName: 'Ouali', position: 'Chargée des marchés publics', phones: ['+21323234175', '+213662184573'], emails: ['s.ouali@mfep-demo.dz'], comments: 'Envoyer les devis en trois exemplaires.'},
  {org: 'Restaurant Le Sahel', firstName: 'Sofiane', lastName: 'Hamidi', position: 'Gérant', phones: ['+213661852043'], emails: ['restaurant.lesahel@gmail.com'], comments: null},
  {org: 'Atlas Gym Constantine', firstName: 'Walid', lastName: 'Boudiaf', position: 'Propriétaire', phones: ['+213775421638'], emails: [], comments: null},
  {org: "Cabinet d'avocats Benali", firstName: 'Meriem', lastName: 'Benali', position: 'Avocate associée', phones: ['+213555187246'], emails: ['m.benali@avocats-demo.dz'], comments: null},
  {org: "Cabinet d'avocats Benali", firstName: 'Yasmine', lastName: 'Hadj', position: 'Secrétaire', phones: ['+21321635271'], emails: ['cabinet.benali@avocats-demo.dz'], comments: null},
  {org: 'SARL Amir Import-Export', firstName: 'Amir', lastName: 'Guerfi', position: 'Gérant', phones: ['+213662371954', '+213770652318'], emails: ['amir.guerfi@amir-importexport.dz'], comments: null},
  {org: 'SARL Amir Import-Export', firstName: 'Leila', lastName: 'Saidi', position: 'Comptable', phones: ['+21338864515'], emails: ['compta@amir-importexport.dz'], comments: null},
  {org: 'Hamdi & Frères BTP', firstName: 'Noureddine', lastName: 'Hamdi', position: 'Directeur de chantier', phones: ['+213771562893'], emails: ['hamdi.btp@gmail.com'], comments: null},
  {org: 'Crèche Les Petites Étoiles', firstName: 'Souad', lastName: 'Larbi', position: 'Directrice', phones: ['+213552634108'], emails: ['creche.petitesetoiles@gmail.com'], comments: null},
  {org: 'Cabinet dentaire Dr Meziane', firstName: 'Kamel', lastName: 'Meziane', position: 'Chirurgien-dentiste', phones: ['+213665723140'], emails: [], comments: null},
  {org: 'Hôtel Saphir Béjaïa', firstName: 'Salim', lastName: 'Ouzane', position: 'Responsable achats', phones: ['+213770842561', '+21334216840'], emails: ['achats@hotel-saphir.dz'], comments: null},
  {org: 'Centre de formation Numidia Skills', firstName: 'Hakim', lastName: 'Taleb', position: 'Directeur', phones: ['+213558412739'], emails: ['h.taleb@numidia-skills.dz'], comments: null}
] AS row
MATCH (o:Organisation {name: row.org})
CREATE (c:Entity:Contact {
  id: randomUUID(), firstName: row.firstName, lastName: row.lastName, name: row.firstName + ' ' + row.lastName,
  position: row.position, phones: row.phones, emails: row.emails, comments: row.comments,
  createdAt: datetime(), updatedAt: datetime(), ownerId: null, deletedAt: null
})
CREATE (c)-[:IS_EMPLOYEE_OF {id: randomUUID(), createdAt: datetime(), createdBy: 'seed'}]->(o);

// Contacts: international
UNWIND [
  {org: 'Riad Dar Zitoun', firstName: 'Youssef', lastName: 'El Idrissi', position: 'Gérant', phones: ['+212661482793'], emails: ['youssef@riad-darzitoun.ma'], comments: null},
  {org: 'Hôtel Les Dunes de Carthage', firstName: 'Mehdi', lastName: 'Trabelsi', position: "Directeur de l'hébergement", phones: ['+21698412375', '+21671734560'], emails: ['m.trabelsi@dunes-carthage.tn'], comments: null},
  {org: 'Sfax Bureautique', firstName: 'Olfa', lastName: 'Karoui', position: 'Responsable commerciale', phones: ['+21622417638'], emails: ['olfa.karoui@sfax-bureautique.tn'], comments: null},
  {org: 'Van Damme & Peeters Ingénieurs', firstName: 'Els', lastName: 'Peeters', position: 'Office manager', phones: ['+3226473810', '+32476284195'], emails: ['els.peeters@vandamme-peeters.be'], comments: null},
  {org: 'Centre médical de la Meuse', firstName: 'Jean-Luc', lastName: 'Renard', position: 'Administrateur', phones: ['+3242235718', '+32495632814'], emails: ['jl.renard@cm-meuse.be'], comments: null},
  {org: 'Fiduciaire Rochat SA', firstName: 'Laurent', lastName: 'Rochat', position: 'Directeur', phones: ['+41795482137'], emails: ['l.rochat@fiduciaire-rochat.ch'], comments: null},
  {org: 'Hôtel du Léman Bleu', firstName: 'Anne', lastName: 'Favre', position: 'Responsable des achats', phones: ['+41227316240', '+41786241953'], emails: ['achats@lemanbleu-hotel.ch'], comments: null},
  {org: 'Thames Office Supplies Ltd', firstName: 'James', lastName: 'Whitaker', position: 'Procurement manager', phones: ['+447912458306', '+442079460421'], emails: ['j.whitaker@thames-office.co.uk'], comments: null},
  {org: 'Hotel Rheinblick GmbH', firstName: 'Katrin', lastName: 'Hoffmann', position: 'Einkaufsleiterin', phones: ['+4922147831562'], emails: ['k.hoffmann@hotel-rheinblick.de'], comments: null},
  {org: 'Brooklyn Loft Coworking LLC', firstName: 'Rachel', lastName: 'Goldberg', position: 'Office manager', phones: ['+19175550183'], emails: ['rachel@brooklynloft-cowork.com'], comments: null},
  {org: 'Clinique dentaire Plateau-Mont-Royal', firstName: 'Geneviève', lastName: 'Tremblay', position: 'Adjointe administrative', phones: ['+15145550129', '+14385550176'], emails: ['rendezvous@cd-plateau.ca'], comments: null}
] AS row
MATCH (o:Organisation {name: row.org})
CREATE (c:Entity:Contact {
  id: randomUUID(), firstName: row.firstName, lastName: row.lastName, name: row.firstName + ' ' + row.lastName,
  position: row.position, phones: row.phones, emails: row.emails, comments: row.comments,
  createdAt: datetime(), updatedAt: datetime(), ownerId: null, deletedAt: null
})
CREATE (c)-[:IS_EMPLOYEE_OF {id: randomUUID(), createdAt: datetime(), createdBy: 'seed'}]->(o);
