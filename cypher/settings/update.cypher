MATCH (s:Settings {id: 'global'})
SET s.categories = $categories, s.defaultPhoneCountry = $defaultPhoneCountry, s.updatedAt = datetime()
