MATCH (u:User {id: $id}) RETURN coalesce(u.emailNotifications, false) AS byMail
