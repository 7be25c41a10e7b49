curl -sS 'https://api.litmos.com/v1.svc/tokens/Tk3hJk6LmN8b1?source=acme-hr-sync' \
  -H "apikey: $LITMOS_API_KEY"
