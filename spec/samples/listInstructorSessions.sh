curl -sS 'https://api.litmos.com/v1.svc/instructors/Pz6yHn3KsW8d1/sessions?source=acme-hr-sync' \
  -H "apikey: $LITMOS_API_KEY"
