// Generator of the caller-lookup benchmark: contacts as the write pipeline stores them, each with one
// phone in E.164 and that phone's digit forms in its search text. Not a product query.
UNWIND $rows AS row
CREATE (n:Entity:Contact {id: row.id, type: 'Contact', name: row.name, lastName: row.name, sortName: toLower(row.name),
                          phones: [row.phone], emails: [], searchText: row.searchText, ownerId: 'bench', benchPhone: true,
                          createdAt: datetime(), updatedAt: datetime()})
