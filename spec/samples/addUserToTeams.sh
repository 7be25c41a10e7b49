curl -sS -X POST 'https://api.litmos.com/v1.svc/users/Qm3vXb7LpT2k1/teams?source=acme-hr-sync' \
  -H "apikey: $LITMOS_API_KEY" \
  -H 'Content-Type: application/xml' --data-binary @- <<'XML'
<Teams>
  <Team>
    <Id>Tm6zXc9VbN4m1</Id>
  </Team>
</Teams>
XML
