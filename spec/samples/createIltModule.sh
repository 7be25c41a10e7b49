curl -sS -X POST 'https://api.litmos.com/v1.svc/courses/Cs2dFg6HkL9m1/events?source=acme-hr-sync' \
  -H "apikey: $LITMOS_API_KEY" \
  -H 'Content-Type: application/xml' --data-binary @- <<'XML'
<Module>
  <Id/>
  <Code>FORK-ILT</Code>
  <Name>Forklift Safety Workshop</Name>
  <Description>Hands-on forklift checks &amp; driving practice with an instructor.</Description>
</Module>
XML
