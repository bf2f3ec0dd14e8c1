// Whether the principal sees the entity $id ($scope) and, for the buttons of its page, may relate,
// change and delete it (their scopes for these actions, in the same form).
MATCH (n:Entity {id: $id})
RETURN /*VISIBLE(n)*/ AS visible, /*VISIBLE(n, relateScope)*/ AS relate,
       /*VISIBLE(n, changeScope)*/ AS change, /*VISIBLE(n, deleteScope)*/ AS delete
