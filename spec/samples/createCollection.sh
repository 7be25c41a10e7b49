curl -sS -X POST 'https://api.litmos.com/v1.svc/collections?source=acme-hr-sync' \
  -H "apikey: $LITMOS_API_KEY" \
  -H 'Content-Type: application/xml' --data-binary @- <<'XML'
<Collection>
  <Name>Safety &amp; Privacy Starter Bundle</Name>
  <Description>Workplace safety and data privacy courses for every new starter.</Description>
  <DefaultListing>false</DefaultListing>
  <ImageURL></ImageURL>
</Collection>
XML
