curl -sS -X POST 'https://api.litmos.com/v1.svc/teams/Tm6zXc9VbN4m1/learningpaths?source=acme-hr-sync' \
  -H "apikey: $LITMOS_API_KEY" \
  -H 'Content-Type: application/xml' --data-binary @- <<'XML'
<LearningPaths>
  <LearningPath>
    <Id>Lp4sDf7GhJ2k1</Id>
  </LearningPath>
</LearningPaths>
XML
