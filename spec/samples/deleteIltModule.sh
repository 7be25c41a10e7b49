curl -sS -X DELETE 'https://api.litmos.com/v1.svc/courses/Cs2dFg6HkL9m1/events/Md4iLt6WkS9p1?source=acme-hr-sync' \
  -H "apikey: $LITMOS_API_KEY"
