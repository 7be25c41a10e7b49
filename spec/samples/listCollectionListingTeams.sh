curl -sS 'https://api.litmos.com/v1.svc/collectionlistings/Ls5rTy8UiO2w1/teams?source=acme-hr-sync' \
  -H "apikey: $LITMOS_API_KEY"
