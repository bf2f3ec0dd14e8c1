MATCH (n:Notification {userId: $userId})
WITH n ORDER BY n.at DESC
WITH collect(n) AS all
RETURN [n IN all[0..$limit] | n {.id, at: toString(n.at), .title, .params, .link, readAt: toString(n.readAt)}] AS items,
       size([n IN all WHERE n.readAt IS NULL]) AS unread
