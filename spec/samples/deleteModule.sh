curl -sS -X DELETE 'https://api.litmos.com/v1.svc/modules/Md3qWe6RtY8u1?source=acme-hr-sync' \
  -H "apikey: $LITMOS_API_KEY"
