curl -sS -X POST 'https://api.litmos.com/v1.svc/courses/Cs2dFg6HkL9m1/modules/Md3qWe6RtY8u1/sessions/Ss2nQw5ErT7y1/users/register?source=acme-hr-sync' \
  -H "apikey: $LITMOS_API_KEY" \
  -H 'Content-Type: application/xml' --data-binary @- <<'XML'
<Users>
  <User>
    <Id>Qm3vXb7LpT2k1</Id>
  </User>
  <User>
    <Id>Up6yHn2JmK9s1</Id>
  </User>
</Users>
XML
