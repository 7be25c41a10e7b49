curl -sS -X POST 'https://api.litmos.com/v1.svc/teams?source=acme-hr-sync' \
  -H "apikey: $LITMOS_API_KEY" \
  -H 'Content-Type: application/xml' --data-binary @- <<'XML'
<Team xmlns:i="http://www.w3.org/2001/XMLSchema-instance">
  <Id/>
  <Name>Customer Support</Name>
  <Description i:nil="true"/>
  <ParentTeamId/>
</Team>
XML
