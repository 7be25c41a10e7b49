curl -sS 'https://api.litmos.com/v1.svc/coursecustomfields/Cf7vBn2MqR5t1?source=acme-hr-sync' \
  -H "apikey: $LITMOS_API_KEY"
