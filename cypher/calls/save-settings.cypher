// Saves the telephony settings; a secret given as null keeps the stored one (the form never shows it).
MERGE (s:TelephonySettings {id: 'global'})
SET s.accountSid = $accountSid, s.apiKeySid = $apiKeySid, s.twimlAppSid = $twimlAppSid, s.callerIds = $callerIds,
    s.publicBaseUrl = $publicBaseUrl, s.apiKeySecret = coalesce($apiKeySecret, s.apiKeySecret),
    s.authToken = coalesce($authToken, s.authToken), s.updatedAt = datetime(), s.updatedBy = $actorId
