curl -sS -X POST 'https://api.litmos.com/v1.svc/teams/Tm6zXc9VbN4m1/courses?source=acme-hr-sync' \
  -H "apikey: $LITMOS_API_KEY" \
  -H 'Content-Type: application/xml' --data-binary @- <<'XML'
<Courses>
  <Course>
    <Id>Cp5tYu8IoP3q1</Id>
    <CourseTeamLibrary>false</CourseTeamLibrary>
  </Course>
</Courses>
XML
