curl -sS -X POST 'https://api.litmos.com/v1.svc/courses/Cs2dFg6HkL9m1/modules/Md3qWe6RtY8u1/sessions/Ss2nQw5ErT7y1/rollcall?source=acme-hr-sync' \
  -H "apikey: $LITMOS_API_KEY" \
  -H 'Content-Type: application/xml' --data-binary @- <<'XML'
<EventUsers>
  <EventUser>
    <Id>Qm3vXb7LpT2k1</Id>
    <Score>92</Score>
    <Completed>true</Completed>
  </EventUser>
  <EventUser>
    <Id>Up6yHn2JmK9s1</Id>
    <Score>0</Score>
    <Completed>false</Completed>
  </EventUser>
</EventUsers>
XML
