curl -sS -X PUT 'https://api.litmos.com/v1.svc/users/Qm3vXb7LpT2k1/courses/Cs2dFg6HkL9m1/reset?source=acme-hr-sync' \
  -H "apikey: $LITMOS_API_KEY"
