curl -sS 'https://api.litmos.com/v1.svc/collectionlistings/Cl8nBv3MxK6q1?source=acme-hr-sync' \
  -H "apikey: $LITMOS_API_KEY"
