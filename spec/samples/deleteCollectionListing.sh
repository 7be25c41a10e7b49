curl -sS -X DELETE 'https://api.litmos.com/v1.svc/collectionlistings/Cl8nBv3MxK6q1/Ls5rTy8UiO2w1?source=acme-hr-sync' \
  -H "apikey: $LITMOS_API_KEY"
