curl -sS -X PUT 'https://api.litmos.com/v1.svc/teams/Tm6zXc9VbN4m1?source=acme-hr-sync' \
  -H "apikey: $LITMOS_API_KEY" \
  -H 'Content-Type: application/xml' --data-binary @- <<'XML'
<Team>
  <Id>Tm6zXc9VbN4m1</Id>
  <Name>Field Operations</Name>
  <Description>Technicians, supervisors &amp; dispatchers who work on customer sites.</Description>
  <ParentTeamId/>
</Team>
XML
