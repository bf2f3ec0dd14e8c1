MATCH (s:Settings {id: 'global'})
RETURN s.categories AS categories, s.defaultPhoneCountry AS defaultPhoneCountry
