curl -sS -X DELETE 'https://api.litmos.com/v1.svc/collectionlistings/Ls5rTy8UiO2w1/team/Tm6zXc9VbN4m1?source=acme-hr-sync' \
  -H "apikey: $LITMOS_API_KEY"
