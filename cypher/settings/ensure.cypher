MERGE (s:Settings {id: 'global'})
ON CREATE SET s.categories = $categories, s.defaultPhoneCountry = $defaultPhoneCountry
