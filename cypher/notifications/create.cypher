// One notification per user account among $userIds; returns who got one and whether they want it by e-mail.
UNWIND $userIds AS userId
MATCH (u:User {id: userId}) WHERE u.active
CREATE (n:Notification {id: randomUUID(), userId: userId, at: datetime(), title: $title, params: $params, link: $link})
RETURN n.id AS id, userId, u.email AS email, coalesce(u.emailNotifications, false) AS byMail
