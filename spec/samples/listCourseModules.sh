curl -sS 'https://api.litmos.com/v1.svc/courses/Cs2dFg6HkL9m1/modules?source=acme-hr-sync' \
  -H "apikey: $LITMOS_API_KEY"
