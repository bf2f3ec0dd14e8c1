// Generator of the sales statistics benchmark: the operators (a user account with its staff contact,
// as createUser() links them), the customers and the products, stored with the properties the
// product's own writes give them. Not a product query: data generation only.
UNWIND $operators AS row
CREATE (u:User {id: row.userId, email: row.email, name: row.name, role: 'agent', active: true, createdAt: datetime()})
CREATE (c:Entity:Contact)
SET c = row.contact, c.createdAt = datetime(), c.updatedAt = datetime()
CREATE (u)-[:HAS_CONTACT]->(c)
WITH count(*) AS operators
UNWIND $customers AS row
CREATE (o:Entity:Organisation)
SET o = row, o.createdAt = datetime(), o.updatedAt = datetime()
WITH operators, count(*) AS customers
UNWIND $products AS row
CREATE (p:Entity:Product)
SET p = row, p.createdAt = datetime(), p.updatedAt = datetime()
RETURN operators, customers, count(*) AS products
