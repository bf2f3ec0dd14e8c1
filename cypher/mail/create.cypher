CREATE (m:Mail {id: $id, to: $to, subject: $subject, text: $text, status: 'queued', createdAt: datetime()})
