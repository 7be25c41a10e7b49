curl -sS -X PUT 'https://api.litmos.com/v1.svc/results/modules/Md3qWe6RtY8u1?source=acme-hr-sync' \
  -H "apikey: $LITMOS_API_KEY" \
  -H 'Content-Type: application/xml' --data-binary @- <<'XML'
<ModuleResult>
  <CourseId>Cs2dFg6HkL9m1</CourseId>
  <UserId>Rx8wNc4HjZ5p1</UserId>
  <Score>88</Score>
  <Completed>true</Completed>
  <UpdatedAt>2026-11-04T16:20:00</UpdatedAt>
  <Note>Paper quiz at the depot, marked &amp; signed off by Carla</Note>
</ModuleResult>
XML
