curl -sS -X POST 'https://api.litmos.com/v1.svc/courses/Cs2dFg6HkL9m1/events/Md4iLt6WkS9p1?source=acme-hr-sync' \
  -H "apikey: $LITMOS_API_KEY" \
  -H 'Content-Type: application/xml' --data-binary @- <<'XML'
<Module>
  <Id>Md4iLt6WkS9p1</Id>
  <Code>FORK-ILT</Code>
  <Name>Forklift Safety Workshop</Name>
  <Description>Hands-on forklift checks &amp; driving practice; bring safety boots.</Description>
</Module>
XML
