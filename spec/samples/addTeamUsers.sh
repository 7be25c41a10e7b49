curl -sS -X POST 'https://api.litmos.com/v1.svc/teams/Tm6zXc9VbN4m1/users?source=acme-hr-sync' \
  -H "apikey: $LITMOS_API_KEY" \
  -H 'Content-Type: application/xml' --data-binary @- <<'XML'
<Users>
  <User>
    <Id>Qm3vXb7LpT2k1</Id>
  </User>
  <User>
    <Id>Pz6yHn3KsW8d1</Id>
  </User>
</Users>
XML
