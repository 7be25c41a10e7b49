curl -sS -X POST 'https://api.litmos.com/v1.svc/collectionlistings/Ls5rTy8UiO2w1/users?source=acme-hr-sync' \
  -H "apikey: $LITMOS_API_KEY" \
  -H 'Content-Type: application/xml' --data-binary @- <<'XML'
<Users>
  <User>
    <Id>Qm3vXb7LpT2k1</Id>
  </User>
  <User>
    <Id>Nw5pQr8sTu2v1</Id>
  </User>
</Users>
XML
