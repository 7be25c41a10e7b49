curl -sS 'https://api.litmos.com/v1.svc/org/teams/users?source=acme-hr-sync&since=2026-11-01+00%3A00%3A00&to=2026-11-08+00%3A00%3A00' \
  -H "apikey: $LITMOS_API_KEY"
