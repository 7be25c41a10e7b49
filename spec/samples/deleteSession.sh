curl -sS -X DELETE 'https://api.litmos.com/v1.svc/courses/Cs2dFg6HkL9m1/modules/Md3qWe6RtY8u1/sessions/Ss2nQw5ErT7y1?source=acme-hr-sync' \
  -H "apikey: $LITMOS_API_KEY"
