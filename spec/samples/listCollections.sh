curl -sS 'https://api.litmos.com/v1.svc/collections?source=acme-hr-sync' \
  -H "apikey: $LITMOS_API_KEY"
