MATCH (s:Settings {id: 'global'})
SET s.categories = $categories, s.defaultPhoneCountry = $defaultPhoneCountry, s.currency = $currency,
    s.defaultTaxRate = $defaultTaxRate, s.paymentTermsDays = $paymentTermsDays, s.dormantAfterDays = $dormantAfterDays,
    s.updatedAt = datetime()
