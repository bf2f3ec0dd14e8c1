// The settings node, created with the defaults the first time; a setting added later takes its default once.
MERGE (s:Settings {id: 'global'})
ON CREATE SET s.categories = $categories, s.defaultPhoneCountry = $defaultPhoneCountry
SET s.currency = coalesce(s.currency, $currency), s.defaultTaxRate = coalesce(s.defaultTaxRate, $defaultTaxRate),
    s.paymentTermsDays = coalesce(s.paymentTermsDays, $paymentTermsDays), s.dormantAfterDays = coalesce(s.dormantAfterDays, $dormantAfterDays)
