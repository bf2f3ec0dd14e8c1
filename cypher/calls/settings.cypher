// The telephony settings (one node): Twilio's identifiers in clear, its secrets sealed (app/secrets.ts).
MATCH (s:TelephonySettings {id: 'global'})
RETURN s.accountSid AS accountSid, s.apiKeySid AS apiKeySid, s.apiKeySecret AS apiKeySecret, s.authToken AS authToken,
       s.twimlAppSid AS twimlAppSid, coalesce(s.callerIds, []) AS callerIds, s.publicBaseUrl AS publicBaseUrl
