curl -sS -X POST 'https://api.litmos.com/v1.svc/users/courses?source=acme-hr-sync' \
  -H "apikey: $LITMOS_API_KEY" \
  -H 'Content-Type: application/xml' --data-binary @- <<'XML'
<Users>
  <User>
    <Id>Qm3vXb7LpT2k1</Id>
  </User>
  <User>
    <Id>Rx8wNc4HjZ5p1</Id>
  </User>
</Users>
XML
