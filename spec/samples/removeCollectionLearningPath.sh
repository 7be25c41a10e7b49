curl -sS -X DELETE 'https://api.litmos.com/v1.svc/collections/Cl8nBv3MxK6q1/learningpaths?source=acme-hr-sync' \
  -H "apikey: $LITMOS_API_KEY" \
  -H 'Content-Type: application/xml' --data-binary @- <<'XML'
<LearningPaths>
  <LearningPath>
    <Id>Lp4sDf7GhJ2k1</Id>
  </LearningPath>
</LearningPaths>
XML
