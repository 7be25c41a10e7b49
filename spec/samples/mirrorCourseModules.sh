curl -sS -X POST 'https://api.litmos.com/v1.svc/courses/Cs2dFg6HkL9m1/modules/mirror?source=acme-hr-sync' \
  -H "apikey: $LITMOS_API_KEY" \
  -H 'Content-Type: application/xml' --data-binary @- <<'XML'
<Modules>
  <Module>
    <Id>Md5kPr8ZtW2c1</Id>
  </Module>
</Modules>
XML
