MATCH (s:Settings {id: 'global'})
RETURN s.categories AS categories, s.defaultPhoneCountry AS defaultPhoneCountry, s.currency AS currency,
       s.defaultTaxRate AS defaultTaxRate, s.paymentTermsDays AS paymentTermsDays, s.dormantAfterDays AS dormantAfterDays
