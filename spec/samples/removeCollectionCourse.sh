curl -sS -X DELETE 'https://api.litmos.com/v1.svc/collections/Cl8nBv3MxK6q1/courses?source=acme-hr-sync' \
  -H "apikey: $LITMOS_API_KEY" \
  -H 'Content-Type: application/xml' --data-binary @- <<'XML'
<Courses>
  <Course>
    <Id>Cp5tYu8IoP3q1</Id>
  </Course>
</Courses>
XML
