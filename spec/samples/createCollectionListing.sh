curl -sS -X POST 'https://api.litmos.com/v1.svc/collectionlistings?source=acme-hr-sync' \
  -H "apikey: $LITMOS_API_KEY" \
  -H 'Content-Type: application/xml' --data-binary @- <<'XML'
<Listing>
  <Id></Id>
  <Name>Field Operations 2026</Name>
  <Active>true</Active>
  <DurationType>Fixed</DurationType>
  <MaxUsers>unlimited</MaxUsers>
  <DurationDays>0</DurationDays>
  <FixedDate>12/31/2026 12:00:00 AM</FixedDate>
  <CollectionId>Cl8nBv3MxK6q1</CollectionId>
</Listing>
XML
