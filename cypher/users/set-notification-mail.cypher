MATCH (u:User {id: $id}) SET u.emailNotifications = $byMail, u.updatedAt = datetime()
