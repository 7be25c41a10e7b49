curl -sS 'https://api.litmos.com/v1.svc/sessions/future?source=acme-hr-sync' \
  -H "apikey: $LITMOS_API_KEY"
