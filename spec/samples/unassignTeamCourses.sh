curl -sS -X DELETE 'https://api.litmos.com/v1.svc/teams/Tm6zXc9VbN4m1/courses?source=acme-hr-sync' \
  -H "apikey: $LITMOS_API_KEY" \
  -H 'Content-Type: application/xml' --data-binary @- <<'XML'
<Courses>
  <Course>
    <Id>Cs2dFg6HkL9m1</Id>
    <CourseTeamLibrary>true</CourseTeamLibrary>
  </Course>
</Courses>
XML
