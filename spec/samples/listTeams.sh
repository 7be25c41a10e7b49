curl -sS 'https://api.litmos.com/v1.svc/teams?source=acme-hr-sync' \
  -H "apikey: $LITMOS_API_KEY"
