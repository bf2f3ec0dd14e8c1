MATCH (t:RelationType) RETURN t.key AS key
