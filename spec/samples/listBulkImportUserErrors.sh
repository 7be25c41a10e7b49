curl -sS 'https://api.litmos.com/v1.svc/bulkimports/Bi4xCv7BnM2a1/usererrors?source=acme-hr-sync' \
  -H "apikey: $LITMOS_API_KEY"
