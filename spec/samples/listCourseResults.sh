curl -sS 'https://api.litmos.com/v1.svc/results/details?source=acme-hr-sync&since=2026-10-25+00%3A00%3A00' \
  -H "apikey: $LITMOS_API_KEY"
