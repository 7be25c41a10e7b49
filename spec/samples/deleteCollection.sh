curl -sS -X DELETE 'https://api.litmos.com/v1.svc/collections/Cl8nBv3MxK6q1?source=acme-hr-sync' \
  -H "apikey: $LITMOS_API_KEY"
