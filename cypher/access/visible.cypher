// Whether the entity THIS is visible to the principal whose scope is $scope (access/visibility.ts):
// its kind is visible to them whole, or they own it (or are assigned it), or it is their client
// organisation or related to it. Not a query: queries write /*VISIBLE(n)*/ where it applies, and the
// driver puts this in (or `true` for a principal who sees everything, so their queries are unchanged).
(THIS.type IN $scope.all
 OR (THIS.type IN $scope.own AND any(scope_f IN $scope.owners[THIS.type] WHERE THIS[scope_f] = $scope.principal))
 OR (THIS.type IN $scope.organisation AND $scope.organisationId IS NOT NULL
     AND (THIS.id = $scope.organisationId
          OR EXISTS { MATCH (THIS)-[scope_r]-(:Entity {id: $scope.organisationId}) WHERE type(scope_r) IN $scope.links[THIS.type] })))
