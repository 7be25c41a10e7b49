curl -sS 'https://api.litmos.com/v1.svc/users/Qm3vXb7LpT2k1/badges?source=acme-hr-sync' \
  -H "apikey: $LITMOS_API_KEY"
