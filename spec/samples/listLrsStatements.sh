curl -sS 'https://lrs.litmos.com/TCAPI/northwind/db1/statements' \
  -u "$LRS_USERNAME:$LRS_PASSWORD" -H 'X-Experience-API-Version: 1.0.3'
