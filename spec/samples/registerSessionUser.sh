curl -sS -X POST 'https://api.litmos.com/v1.svc/courses/Cs2dFg6HkL9m1/modules/Md3qWe6RtY8u1/sessions/Ss2nQw5ErT7y1/users/Qm3vXb7LpT2k1/register?source=acme-hr-sync' \
  -H "apikey: $LITMOS_API_KEY"
