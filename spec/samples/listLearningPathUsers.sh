curl -sS 'https://api.litmos.com/v1.svc/learningpaths/Lp4sDf7GhJ2k1/users?source=acme-hr-sync' \
  -H "apikey: $LITMOS_API_KEY"
