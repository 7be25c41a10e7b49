curl -sS -X POST 'https://api.litmos.com/v1.svc/teams/Tm6zXc9VbN4m1/teams?source=acme-hr-sync' \
  -H "apikey: $LITMOS_API_KEY" \
  -H 'Content-Type: application/xml' --data-binary @- <<'XML'
<Team>
  <Id/>
  <Name>Field Operations North</Name>
  <Description>Technicians based at the northern depots.</Description>
  <ParentTeamId>Tm6zXc9VbN4m1</ParentTeamId>
</Team>
XML
