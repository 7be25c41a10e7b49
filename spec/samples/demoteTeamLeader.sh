curl -sS -X DELETE 'https://api.litmos.com/v1.svc/teams/Tm6zXc9VbN4m1/leaders/Qm3vXb7LpT2k1?source=acme-hr-sync' \
  -H "apikey: $LITMOS_API_KEY"
