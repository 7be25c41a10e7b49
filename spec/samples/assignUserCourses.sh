curl -sS -X POST 'https://api.litmos.com/v1.svc/users/Qm3vXb7LpT2k1/courses?source=acme-hr-sync' \
  -H "apikey: $LITMOS_API_KEY" \
  -H 'Content-Type: application/xml' --data-binary @- <<'XML'
<Courses>
  <Course>
    <Id>Cs2dFg6HkL9m1</Id>
  </Course>
  <Course>
    <Id>Cp5tYu8IoP3q1</Id>
  </Course>
</Courses>
XML
